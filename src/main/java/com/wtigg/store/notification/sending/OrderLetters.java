package com.wtigg.store.notification.sending;

import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.wtigg.store.customer.MailRecipient;
import com.wtigg.store.ordering.OrderMail.OrderRefunded;
import com.wtigg.store.ordering.OrderMail.OrderShipped;
import com.wtigg.store.ordering.OrderMailView;
import com.wtigg.store.shared.Languages;

/**
 * Writes the letters of the order mails from what the ordering module shows of an order: the
 * buyer's address, name and language, the order's contents and absolute links. Never a postal
 * address or anything of a card.
 */
@Component
class OrderLetters {

	private final MailLinks links;

	private final MessageSource messages;

	OrderLetters(MailLinks links, MessageSource messages) {
		this.links = links;
		this.messages = messages;
	}

	/** The confirmation: the order's lines, prices, shipping and total, and its page. */
	Letter confirmed(OrderMailView order) {
		return new Letter(recipient(order), orderValues(order));
	}

	/** The parcel left: the carrier, the event's tracking number and the carrier's tracking page. */
	Letter shipped(OrderShipped event, OrderMailView order) {
		Map<String, Object> values = orderValues(order);
		values.put("carrier", carrierName(event.carrier(), order.language()));
		values.put("trackingNumber", event.trackingNumber());
		String tracking = trackingLink(order.trackingLink());
		if (tracking != null) {
			values.put("trackingLink", tracking);
		}
		return new Letter(recipient(order), values);
	}

	/** The refund: the amount the event names. */
	Letter refunded(OrderRefunded event, OrderMailView order) {
		Map<String, Object> values = orderValues(order);
		values.put("amount", event.amount());
		return new Letter(recipient(order), values);
	}

	private static MailRecipient recipient(OrderMailView order) {
		return new MailRecipient(order.email(), order.name(), order.language());
	}

	private Map<String, Object> orderValues(OrderMailView order) {
		Map<String, Object> values = new HashMap<>();
		values.put("order", order);
		values.put("link", links.absolute(order.orderPath()));
		return values;
	}

	/** The carrier's name as shoppers know it ({@code ups} is UPS), or the name as given. */
	private String carrierName(String carrier, Locale language) {
		return messages.getMessage("mail.carrier." + carrier.toLowerCase(Locale.ROOT), null, carrier,
				Languages.closest(language));
	}

	/**
	 * The tracking page: a carrier's web address as it is, a path of the store made absolute;
	 * anything else (another scheme, no link) is left out.
	 */
	@Nullable String trackingLink(@Nullable URI link) {
		if (link == null) {
			return null;
		}
		String scheme = link.getScheme();
		if (scheme == null) {
			String path = link.toString();
			return path.startsWith("/") && !path.startsWith("//") ? links.absolute(path) : null;
		}
		boolean web = "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
		return web && link.getHost() != null ? link.toString() : null;
	}
}

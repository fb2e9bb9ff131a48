package com.wtigg.store.ordering.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.cart.CartApi;
import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.catalog.CatalogItem;
import com.wtigg.store.customer.CustomerApi;
import com.wtigg.store.customer.CustomerProfile;
import com.wtigg.store.ordering.domain.CheckoutDraft;
import com.wtigg.store.ordering.domain.OrderLine;
import com.wtigg.store.ordering.persistence.DraftRepository;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * The shopper's checkout as it stands: the cart the browser may use, its contents priced from the
 * catalog, and the draft of the steps so far with its buyer (the customer, or a guest's fresh
 * subject).
 */
@Service
public class CheckoutSession {

	private final CartApi carts;

	private final CatalogApi catalog;

	private final DraftRepository drafts;

	private final CustomerApi customers;

	CheckoutSession(CartApi carts, CatalogApi catalog, DraftRepository drafts, CustomerApi customers) {
		this.carts = carts;
		this.catalog = catalog;
		this.drafts = drafts;
		this.customers = customers;
	}

	/** A buyer and what they entered so far. */
	public record Buyer(SubjectId subject, boolean guest, CheckoutDraft draft) {
	}

	/** The cart of this browser with its contents, when it may be used and holds anything. */
	@Transactional
	public Optional<Basket> basket(HttpServletRequest request) {
		return carts.usable(StoreCookie.CART.uuidIn(request)).flatMap(this::basket);
	}

	@Transactional
	public Optional<Basket> basket(UUID cart) {
		Map<Long, Integer> contents = carts.contents(cart);
		if (contents.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, CatalogItem> items = catalog.items(contents.keySet());
		List<OrderLine> lines = new ArrayList<>();
		contents.forEach((piece, quantity) -> {
			CatalogItem item = items.get(piece);
			if (item != null) {
				lines.add(new OrderLine(piece, item.name(), quantity, item.price()));
			}
		});
		return lines.isEmpty() ? Optional.empty()
				: Optional.of(new Basket(cart, List.copyOf(lines), items, catalog.facts(contents.keySet())));
	}

	/** The buyer of a cart: a draft made by someone else (a guest who then signed in) starts over. */
	public Buyer buyer(Basket basket) {
		Optional<SubjectId> me = SignedIn.current().map(SignedIn::subject);
		Optional<DraftRepository.Stored> stored = drafts.find(basket.cart())
			.filter(s -> me.map(s.subject()::equals).orElse(true));
		if (me.isPresent()) {
			return new Buyer(me.get(), false, stored.map(DraftRepository.Stored::draft).orElse(CheckoutDraft.EMPTY));
		}
		return stored.map(s -> new Buyer(s.subject(), true, s.draft()))
			.orElseGet(() -> new Buyer(SubjectId.random(), true, CheckoutDraft.EMPTY));
	}

	public void save(Basket basket, Buyer buyer, CheckoutDraft draft) {
		drafts.save(basket.cart(), buyer.subject(), draft);
	}

	/** The signed-in customer's profile, for prefilling and for where they live. */
	public Optional<CustomerProfile> profile(Buyer buyer) {
		return buyer.guest() ? Optional.empty() : customers.profile(buyer.subject());
	}
}

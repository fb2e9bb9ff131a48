package com.wtigg.store.ordering.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.ordering.domain.OrderView;
import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.ErasureAction;
import com.wtigg.store.privacy.Inventory;
import com.wtigg.store.privacy.LegalBasis;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.PersonalField;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.shared.SubjectId;

/**
 * What orders, checkout drafts and return requests hold about buyers. Erasure keeps orders still
 * under the tax retention (RET-ORDERS) but strips them to what tax law needs and restricts them;
 * orders are deleted 7 years after the buyer's last order activity.
 */
@Component
class OrderingPersonalData implements PersonalDataHolder {

	private static final String ORDER_LIFE = "7 years after the buyer's last order activity (tax law), then deleted";

	private static final String DRAFT_LIFE = "until the order is placed, at most one day";

	private static final String ORDER = "selling and delivering the order";

	private final JdbcClient jdbc;

	private final OrderRepository orders;

	private final ReturnRequests returns;

	private final int retentionYears;

	OrderingPersonalData(JdbcClient jdbc, OrderRepository orders, ReturnRequests returns,
			@Value("${store.ordering.retention-years:7}") int retentionYears) {
		this.jdbc = jdbc;
		this.orders = orders;
		this.returns = returns;
		this.retentionYears = retentionYears;
	}

	@Override
	public Inventory inventory() {
		return new Inventory(List.of(
				field("shop_order.subject_id", DataCategory.IDENTIFIER, ORDER, ErasureAction.KEEP_PSEUDONYMOUS),
				field("shop_order.email_enc", DataCategory.CONTACT, "confirming the order and answering about it", ErasureAction.ANONYMIZE),
				field("shop_order.email_index", DataCategory.IDENTIFIER, "finding a guest's order by email and number", ErasureAction.ANONYMIZE),
				field("shop_order.phone_enc", DataCategory.CONTACT, "reaching the buyer about the delivery, if given", ErasureAction.ANONYMIZE),
				field("shop_order.shipping_address_enc", DataCategory.CONTACT, "delivering the order", ErasureAction.ANONYMIZE),
				field("shop_order.billing_address_enc", DataCategory.CONTACT, "billing the order", ErasureAction.ANONYMIZE),
				field("shop_order.preferences_enc", DataCategory.PURCHASES, "engraving, sizes and gift note the buyer asked for", ErasureAction.ANONYMIZE),
				field("shop_order.guest_token_hash", DataCategory.IDENTIFIER, "showing a guest's confirmation only to the browser that placed it", ErasureAction.ANONYMIZE),
				field("shop_order.shipping_country", DataCategory.CONTACT, "tax records and the buyer's jurisdiction", ErasureAction.KEEP_FOR_LAW),
				field("shop_order_line.piece_id", DataCategory.PURCHASES, ORDER + "; tax records", ErasureAction.KEEP_FOR_LAW),
				field("shop_order_line.name_en", DataCategory.PURCHASES, ORDER + "; tax records", ErasureAction.KEEP_FOR_LAW),
				field("shop_order_line.name_zh", DataCategory.PURCHASES, ORDER + "; tax records", ErasureAction.KEEP_FOR_LAW),
				field("shop_order_line.quantity", DataCategory.PURCHASES, ORDER + "; tax records", ErasureAction.KEEP_FOR_LAW),
				field("shop_order_line.price_cents", DataCategory.PURCHASES, ORDER + "; tax records", ErasureAction.KEEP_FOR_LAW),
				new PersonalField("checkout_draft.cart_id", DataCategory.IDENTIFIER, "keeping checkout's steps with the cart", LegalBasis.CONTRACT, DRAFT_LIFE, ErasureAction.DELETE),
				new PersonalField("checkout_draft.subject_id", DataCategory.IDENTIFIER, "keeping checkout's steps with the cart", LegalBasis.CONTRACT, DRAFT_LIFE, ErasureAction.DELETE),
				new PersonalField("checkout_draft.draft_enc", DataCategory.CONTACT, "what the buyer entered in checkout so far (contact, addresses, preferences)", LegalBasis.CONTRACT, DRAFT_LIFE, ErasureAction.DELETE),
				field("order_return_request.subject_id", DataCategory.IDENTIFIER, "handling a return or exchange", ErasureAction.DELETE),
				field("order_return_request.reason_enc", DataCategory.PURCHASES, "handling a return or exchange, as the buyer explained it", ErasureAction.DELETE)),
				List.of("shop_order.id", "shop_order.number", "shop_order.cart_id", "shop_order.status", "shop_order.language",
						"shop_order.shipping_option", "shop_order.shipping_name_en", "shop_order.shipping_name_zh",
						"shop_order.subtotal_cents", "shop_order.shipping_cents", "shop_order.total_cents",
						"shop_order.refunded_cents", "shop_order.carrier", "shop_order.tracking_number",
						"shop_order.tracking_link", "shop_order.label_path", "shop_order.restricted", "shop_order.flagged",
						"shop_order.placed_at", "shop_order.reserved_until", "shop_order.paid_at", "shop_order.shipped_at",
						"shop_order.closed_at", "shop_order.last_activity_at", "checkout_draft.updated_at",
						"order_return_request.id", "order_return_request.order_id", "order_return_request.kind",
						"order_return_request.created_at"));
	}

	private static PersonalField field(String column, DataCategory category, String purpose, ErasureAction erasure) {
		LegalBasis basis = erasure == ErasureAction.KEEP_FOR_LAW ? LegalBasis.LEGAL_OBLIGATION : LegalBasis.CONTRACT;
		return new PersonalField(column, category, purpose, basis, ORDER_LIFE, erasure);
	}

	@Override
	public void export(SubjectId subject, SubjectExport export) {
		List<List<String>> rows = new ArrayList<>();
		List<List<String>> lines = new ArrayList<>();
		List<List<String>> requests = new ArrayList<>();
		Map<UUID, List<ReturnRequests.Request>> returnsByOrder = returns.ofSubject(subject);
		for (OrderView order : orders.allOfSubject(subject)) {
			rows.add(List.of(order.number(), order.status().column(), order.placedAt().toString(),
					order.total().dollars().toPlainString(), order.shippingCountry(), text(order.email()), text(order.phone()),
					order.shippingAddress() == null ? "" : OrderText.address(order.shippingAddress()),
					order.billingAddress() == null ? "" : OrderText.address(order.billingAddress()),
					order.preferences() == null ? "" : OrderText.preferences(order.preferences())));
			order.lines().forEach(l -> lines.add(List.of(order.number(), String.valueOf(l.pieceId()), l.name().en(),
					String.valueOf(l.quantity()), l.price().dollars().toPlainString())));
			returnsByOrder.getOrDefault(order.id(), List.of()).forEach(r -> requests.add(List.of(order.number(), r.kind(), text(r.reason()),
					r.createdAt().toString())));
		}
		export.add("orders", List.of("number", "status", "placed_at", "total_usd", "shipping_country", "email", "phone",
				"shipping_address", "billing_address", "preferences"), rows);
		export.add("order_lines", List.of("order", "piece_id", "name", "quantity", "price_usd"), lines);
		export.add("return_requests", List.of("order", "kind", "reason", "created_at"), requests);
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	@Override
	@Transactional
	public void erase(SubjectId subject) {
		jdbc.sql("delete from checkout_draft where subject_id = ?").param(subject.value()).update();
		jdbc.sql("delete from order_return_request where subject_id = ?").param(subject.value()).update();
		jdbc.sql("delete from shop_order where subject_id = ? and last_activity_at < now() - make_interval(years => ?)")
			.params(subject.value(), retentionYears).update();
		jdbc.sql("""
				update shop_order set email_enc = null, email_index = null, phone_enc = null, shipping_address_enc = null,
				  billing_address_enc = null, preferences_enc = null, guest_token_hash = null, restricted = true
				where subject_id = ?
				""").param(subject.value()).update();
	}

	@Override
	@Transactional
	public int purgeExpired(Instant now) {
		Timestamp at = Timestamp.from(now);
		int drafts = jdbc.sql("delete from checkout_draft where updated_at < ?::timestamptz - interval '1 day'").param(at).update();
		int expired = jdbc.sql("""
				delete from shop_order where subject_id in (
				  select subject_id from shop_order group by subject_id
				  having max(last_activity_at) < ?::timestamptz - make_interval(years => ?))
				""").params(at, retentionYears).update();
		return drafts + expired;
	}
}

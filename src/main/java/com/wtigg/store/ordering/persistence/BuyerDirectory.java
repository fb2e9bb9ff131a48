package com.wtigg.store.ordering.persistence;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.privacy.ErasureHold;
import com.wtigg.store.privacy.SubjectDirectory;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;

/**
 * The buyer of an order whose number and address a data-subject request gave together (the proof
 * that lets a copy of the data go to whoever holds the mailbox), and the hold that keeps an
 * erasure waiting while an order of the subject is still being fulfilled.
 */
@Component
@Transactional(readOnly = true)
class BuyerDirectory implements SubjectDirectory, ErasureHold {

	private final OrderRepository orders;

	private final JdbcClient jdbc;

	BuyerDirectory(OrderRepository orders, JdbcClient jdbc) {
		this.orders = orders;
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SubjectMatch> find(EmailAddress email, @Nullable String orderNumber) {
		if (orderNumber == null) {
			return Optional.empty();
		}
		return OrderNumbers.parse(orderNumber)
			.flatMap(number -> orders.idByEmail(email.value(), number))
			.flatMap(id -> jdbc.sql("select subject_id from shop_order where id = ?").param(id)
				.query(java.util.UUID.class).optional())
			.map(subject -> new SubjectMatch(new SubjectId(subject), true));
	}

	@Override
	public Optional<EmailAddress> address(SubjectId subject) {
		return Optional.empty();
	}

	@Override
	public Optional<String> holdReason(SubjectId subject) {
		boolean open = jdbc.sql("select exists (select 1 from shop_order where subject_id = ? and status in ('paid', 'packed', 'shipped'))")
			.param(subject.value()).query(Boolean.class).single();
		return open ? Optional.of("privacy.hold.openOrders") : Optional.empty();
	}
}

package com.wtigg.store.marketing.subscription;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.marketing.MarketingMail;
import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.privacy.SubjectCipher;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.Languages;
import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.RandomTokens;

/**
 * Consent to marketing mail by double opt-in (COL-MARKETING): a sign-up only records a pending
 * consent and mails a single-use link; the consent is live once the link's button is pressed.
 * Withdrawing (the one-click link, the account page) takes effect at once (DSR-WITHDRAW); an
 * address without live consent left goes on the suppression list, which only a newly confirmed
 * sign-up lifts.
 */
@Service
public class Subscriptions {

	static final String EMAIL = "marketing.email";

	static final String LINK = "marketing.link";

	private final JdbcClient jdbc;

	private final SubjectCipher cipher;

	private final ApplicationEventPublisher events;

	private final PolicyVersion policy;

	private final Clock clock;

	private final Duration linkLifetime;

	Subscriptions(JdbcClient jdbc, SubjectCipher cipher, ApplicationEventPublisher events, PolicyVersion policy,
			Clock clock, @Value("${store.marketing.confirm-link-lifetime:7d}") Duration linkLifetime) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.events = events;
		this.policy = policy;
		this.clock = clock;
		this.linkLifetime = linkLifetime;
	}

	/** The keyed digest by which an address is found and suppressed. */
	public byte[] index(EmailAddress email) {
		return cipher.blindIndex(EMAIL, email.value());
	}

	/**
	 * Records pending consent for the topics not yet live and mails the confirmation link; true when
	 * a mail goes out. A suppressed address is treated like a new one: only confirming lifts it.
	 */
	@Transactional
	public boolean signUp(EmailAddress email, Set<Topic> topics, SignUpSource source, Locale language,
			@Nullable SubjectId customer) {
		SubjectId subject = subscriber(email, language, customer);
		Set<Topic> asked = EnumSet.noneOf(Topic.class);
		boolean suppressed = suppressed(index(email));
		for (Topic topic : topics) {
			if (suppressed || !live(subject, topic)) {
				asked.add(topic);
			}
		}
		if (asked.isEmpty()) {
			return false;
		}
		String token = RandomTokens.next();
		Instant now = clock.instant();
		Instant expires = now.plus(linkLifetime);
		for (Topic topic : asked) {
			jdbc.sql("delete from marketing_consent where subject_id = ? and topic = ? and confirmed_at is null")
				.params(subject.value(), topic.code()).update();
			jdbc.sql("""
					insert into marketing_consent (id, subject_id, topic, source, policy_version, requested_at, token_hash, expires_at)
					values (?, ?, ?, ?, ?, ?, ?, ?)
					""")
				.params(UUID.randomUUID(), subject.value(), topic.code(), source.code(), policy.version(),
						Timestamp.from(now), RandomTokens.digest(token), Timestamp.from(expires))
				.update();
		}
		byte[] sealed = cipher.encrypt(subject, LINK, "/marketing/confirm/" + token);
		events.publishEvent(new MarketingMail.ConfirmSubscription(subject, sealed, expires, Set.copyOf(asked)));
		return true;
	}

	private SubjectId subscriber(EmailAddress email, Locale language, @Nullable SubjectId customer) {
		byte[] index = index(email);
		Optional<SubjectId> known = jdbc.sql("select subject_id from marketing_subscriber where email_index = ?")
			.param(index).query(UUID.class).optional().map(SubjectId::new);
		if (known.isPresent()) {
			return known.get();
		}
		SubjectId subject = customer != null ? customer : SubjectId.random();
		String unsubscribe = RandomTokens.next();
		jdbc.sql("""
				insert into marketing_subscriber (subject_id, email_enc, email_index, language, unsubscribe_hash, unsubscribe_sealed)
				values (?, ?, ?, ?, ?, ?)
				on conflict (subject_id) do update set email_enc = excluded.email_enc, email_index = excluded.email_index
				""")
			.params(subject.value(), cipher.encrypt(subject, EMAIL, email.value()), index,
					Languages.tag(Languages.closest(language)), RandomTokens.digest(unsubscribe),
					cipher.encrypt(subject, LINK, unsubscribe))
			.update();
		return subject;
	}

	/** The subscriber of an address, if it signed up (and has not left). */
	public Optional<SubjectId> subscriberOf(EmailAddress email) {
		return jdbc.sql("select subject_id from marketing_subscriber where email_index = ?").param(index(email))
			.query(UUID.class).optional().map(SubjectId::new);
	}

	/** Whether a confirmation link is still good, without using it up (the page with the button). */
	public boolean confirmationIsGood(String token) {
		return RandomTokens.wellFormed(token) && jdbc.sql("""
				select count(*) from marketing_consent
				where token_hash = ? and confirmed_at is null and withdrawn_at is null and expires_at > ?
				""").params(RandomTokens.digest(token), Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
	}

	/** Confirms the topics of the link, once; lifts the address's suppression. False for a bad, used or expired link. */
	@Transactional
	public boolean confirm(String token) {
		if (!RandomTokens.wellFormed(token)) {
			return false;
		}
		Timestamp now = Timestamp.from(clock.instant());
		List<UUID> subjects = jdbc.sql("""
				update marketing_consent set confirmed_at = ?, token_hash = null
				where token_hash = ? and confirmed_at is null and withdrawn_at is null and expires_at > ?
				returning subject_id
				""").params(now, RandomTokens.digest(token), now).query(UUID.class).list();
		if (subjects.isEmpty()) {
			return false;
		}
		UUID subject = subjects.getFirst();
		jdbc.sql("""
				update marketing_consent old set withdrawn_at = ?, withdrawn_how = 'account'
				where subject_id = ? and confirmed_at < ? and withdrawn_at is null
				  and exists (select 1 from marketing_consent n where n.subject_id = old.subject_id and n.topic = old.topic and n.confirmed_at = ?)
				""").params(now, subject, now, now).update();
		jdbc.sql("delete from marketing_suppression where email_index = (select email_index from marketing_subscriber where subject_id = ?)")
			.param(subject).update();
		return true;
	}

	/** The subscriber of a one-click unsubscribe token, if it is one. */
	public Optional<SubjectId> unsubscribeSubject(String token) {
		if (!RandomTokens.wellFormed(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select subject_id from marketing_subscriber where unsubscribe_hash = ?")
			.param(RandomTokens.digest(token)).query(UUID.class).optional().map(SubjectId::new);
	}

	/** Withdraws every topic for the link's subscriber at once and suppresses the address; false for a bad or used link. */
	@Transactional
	public boolean unsubscribe(String token) {
		return unsubscribeSubject(token).map(subject -> {
			withdraw(subject, EnumSet.allOf(Topic.class), "unsubscribe_link");
			return true;
		}).orElse(false);
	}

	/**
	 * Withdraws consent (and pending sign-ups) for the topics now. When no live consent is left the
	 * address is suppressed and forgotten; the withdrawn consent records stay as proof of earlier
	 * lawful mailing.
	 */
	@Transactional
	public void withdraw(SubjectId subject, Set<Topic> topics, String how) {
		Timestamp now = Timestamp.from(clock.instant());
		for (Topic topic : topics) {
			jdbc.sql("delete from marketing_consent where subject_id = ? and topic = ? and confirmed_at is null")
				.params(subject.value(), topic.code()).update();
			jdbc.sql("""
					update marketing_consent set withdrawn_at = ?, withdrawn_how = ?
					where subject_id = ? and topic = ? and withdrawn_at is null
					""").params(now, how, subject.value(), topic.code()).update();
		}
		boolean anyLeft = jdbc.sql("select count(*) from marketing_consent where subject_id = ? and withdrawn_at is null")
			.param(subject.value()).query(Integer.class).single() > 0;
		if (!anyLeft) {
			jdbc.sql("""
					insert into marketing_suppression (email_index, suppressed_at)
					select email_index, ? from marketing_subscriber where subject_id = ? on conflict do nothing
					""").params(now, subject.value()).update();
			jdbc.sql("delete from marketing_subscriber where subject_id = ?").param(subject.value()).update();
		}
	}

	/** The topics with live (confirmed, not withdrawn) consent. */
	public Set<Topic> liveTopics(SubjectId subject) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		jdbc.sql("select topic from marketing_consent where subject_id = ? and confirmed_at is not null and withdrawn_at is null")
			.param(subject.value()).query(String.class).list().forEach(code -> Topic.of(code).ifPresent(topics::add));
		return topics;
	}

	/** The topics asked for and not yet confirmed. */
	public Set<Topic> pendingTopics(SubjectId subject) {
		Set<Topic> topics = EnumSet.noneOf(Topic.class);
		jdbc.sql("select topic from marketing_consent where subject_id = ? and confirmed_at is null and expires_at > ?")
			.params(subject.value(), Timestamp.from(clock.instant())).query(String.class).list()
			.forEach(code -> Topic.of(code).ifPresent(topics::add));
		return topics;
	}

	public boolean live(SubjectId subject, Topic topic) {
		return liveTopics(subject).contains(topic);
	}

	public boolean suppressed(byte[] index) {
		return jdbc.sql("select count(*) from marketing_suppression where email_index = ?").param(index)
			.query(Integer.class).single() > 0;
	}
}

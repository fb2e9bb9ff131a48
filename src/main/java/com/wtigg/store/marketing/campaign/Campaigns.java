package com.wtigg.store.marketing.campaign;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.marketing.MarketingMail;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.privacy.Restrictions;
import com.wtigg.store.shared.SubjectId;

/**
 * Campaigns, and sending them (PUR-LIMIT): only subjects with live confirmed consent for the
 * topic, not restricted (DSR-RESTRICT) and not suppressed are read; each is queued once per
 * campaign (a row per pair), so sending again mails only those not mailed yet.
 */
@Repository
public class Campaigns {

	private final JdbcClient jdbc;

	private final BodySanitizer sanitizer;

	private final Restrictions restrictions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Campaigns(JdbcClient jdbc, BodySanitizer sanitizer, Restrictions restrictions, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.sanitizer = sanitizer;
		this.restrictions = restrictions;
		this.events = events;
		this.clock = clock;
	}

	/** Stores a campaign with its bodies sanitised. */
	public UUID create(Topic topic, String subjectEn, String subjectZh, String bodyEn, String bodyZh) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into marketing_campaign (id, topic, subject_en, subject_zh, body_en, body_zh, created_at)
				values (?, ?, ?, ?, ?, ?, ?)
				""").params(id, topic.code(), subjectEn, subjectZh, sanitizer.sanitize(bodyEn), sanitizer.sanitize(bodyZh),
				Timestamp.from(clock.instant())).update();
		return id;
	}

	public Optional<Campaign> find(UUID id) {
		return jdbc.sql("select * from marketing_campaign where id = ?").param(id).query(Campaigns::campaign).optional();
	}

	public List<Campaign> all() {
		return jdbc.sql("select * from marketing_campaign order by created_at desc limit 200").query(Campaigns::campaign).list();
	}

	/** Queues the campaign's mail for every eligible subscriber not mailed yet; returns how many were queued now. */
	@Transactional
	public int send(UUID id) {
		Campaign campaign = find(id).orElseThrow();
		Set<SubjectId> audience = audience(campaign.topic());
		Set<SubjectId> restricted = restrictions.restrictedAmong(audience);
		int queued = 0;
		for (SubjectId subject : audience) {
			if (restricted.contains(subject)) {
				continue;
			}
			if (jdbc.sql("insert into marketing_delivery (campaign_id, subject_id) values (?, ?) on conflict do nothing")
				.params(id, subject.value()).update() == 1) {
				events.publishEvent(new MarketingMail.CampaignMail(subject, id));
				queued++;
			}
		}
		jdbc.sql("update marketing_campaign set sent_at = coalesce(sent_at, ?), sent_count = sent_count + ? where id = ?")
			.params(Timestamp.from(clock.instant()), queued, id).update();
		return queued;
	}

	/** Whether a subscriber may get a mail of this topic now: live consent, not suppressed, not restricted. */
	public boolean eligible(SubjectId subject, Topic topic) {
		return audienceQuery("and c.subject_id = ?", topic, subject.value()).size() == 1
				&& !restrictions.restricted(subject);
	}

	private Set<SubjectId> audience(Topic topic) {
		return Set.copyOf(audienceQuery("", topic));
	}

	private List<SubjectId> audienceQuery(String extra, Topic topic, Object... more) {
		Object[] params = new Object[1 + more.length];
		params[0] = topic.code();
		System.arraycopy(more, 0, params, 1, more.length);
		return jdbc.sql("""
				select distinct c.subject_id from marketing_consent c
				join marketing_subscriber s on s.subject_id = c.subject_id
				where c.topic = ? and c.confirmed_at is not null and c.withdrawn_at is null
				  and not exists (select 1 from marketing_suppression x where x.email_index = s.email_index)
				""" + extra).params(params).query(UUID.class).list().stream().map(SubjectId::new).toList();
	}

	private static Campaign campaign(ResultSet rs, int row) throws SQLException {
		Timestamp sent = rs.getTimestamp("sent_at");
		return new Campaign(rs.getObject("id", UUID.class), Topic.of(rs.getString("topic")).orElseThrow(),
				rs.getString("subject_en"), rs.getString("subject_zh"), rs.getString("body_en"), rs.getString("body_zh"),
				rs.getTimestamp("created_at").toInstant(), sent == null ? null : sent.toInstant(), rs.getInt("sent_count"));
	}
}

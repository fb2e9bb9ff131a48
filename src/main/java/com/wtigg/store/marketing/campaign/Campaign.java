package com.wtigg.store.marketing.campaign;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.marketing.Topic;
import com.wtigg.store.shared.Languages;

/**
 * A campaign: its topic, and subject and sanitised body in both languages; sent once per subscriber.
 */
public record Campaign(UUID id, Topic topic, String subjectEn, String subjectZh, String bodyEn, String bodyZh,
		Instant createdAt, @Nullable Instant sentAt, int sentCount) {

	public String subject(Locale language) {
		return Languages.isChinese(language) ? subjectZh : subjectEn;
	}

	public String body(Locale language) {
		return Languages.isChinese(language) ? bodyZh : bodyEn;
	}
}

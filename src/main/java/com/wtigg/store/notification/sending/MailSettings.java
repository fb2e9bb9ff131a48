package com.wtigg.store.notification.sending;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the store writes mail.
 *
 * @param from the sender of every mail
 * @param linkBase where the links in mails point, such as {@code https://wtigg.com}; when unset,
 *     {@code http://localhost:} and the port the server listens on
 * @param timeZone the zone in which mails state times (the shop's own)
 * @param embedded whether to start the embedded SMTP server of the local run
 * @param embeddedPort its port, {@code 0} for a free one
 * @param sentLogRetention how long the record that an event's mail went out is kept
 * @param retryInterval how often mails that could not be sent are tried again
 */
@ConfigurationProperties("store.mail")
public record MailSettings(
		@DefaultValue("WTIGG <no-reply@wtigg.com>") String from,
		@Nullable String linkBase,
		@DefaultValue("America/New_York") ZoneId timeZone,
		@DefaultValue("false") boolean embedded,
		@DefaultValue("0") int embeddedPort,
		@DefaultValue("90d") Duration sentLogRetention,
		@DefaultValue("5m") Duration retryInterval) {
}

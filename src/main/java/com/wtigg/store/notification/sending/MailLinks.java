package com.wtigg.store.notification.sending;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Makes the store-relative paths of mails (such as {@code /account/verify/<token>}) absolute.
 */
@Component
public class MailLinks {

	private final MailSettings settings;

	private final Environment environment;

	MailLinks(MailSettings settings, Environment environment) {
		this.settings = settings;
		this.environment = environment;
	}

	/**
	 * {@code store.mail.link-base}, or else this server on localhost: read when a mail is written,
	 * so that the port a server bound to at start-up ({@code server.port=0}) is the one used.
	 */
	public String base() {
		String configured = settings.linkBase();
		if (configured != null && !configured.isBlank()) {
			return configured.strip().replaceAll("/+$", "");
		}
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return "http://localhost:" + port;
	}

	/** The address of a path of the store; refuses anything but a path (no scheme, no other host). */
	public String absolute(String path) {
		if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\") || path.chars().anyMatch(c -> c <= 0x20)) {
			throw new IllegalArgumentException("A mail link must be a path of the store");
		}
		return base() + path;
	}
}

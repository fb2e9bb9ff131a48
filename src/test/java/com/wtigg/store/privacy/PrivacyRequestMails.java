package com.wtigg.store.privacy;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;

import com.wtigg.store.marketing.MarketingMails;

/** The mails about privacy requests that reached the embedded SMTP server, and their links. */
public final class PrivacyRequestMails {

	private static final Pattern VERIFY = Pattern.compile("/privacy/requests/verify\\?token=([A-Za-z0-9_-]{43})");

	private static final Pattern DOWNLOAD = Pattern.compile("(/privacy/requests/PR-[A-Z0-9]{8}/download\\?token=[A-Za-z0-9_-]{43})");

	private final MarketingMails mails;

	public PrivacyRequestMails(GreenMail server) {
		this.mails = new MarketingMails(server);
	}

	List<String> texts(String address) {
		return mails.to(address).stream().map(MarketingMails::text).toList();
	}

	List<String> subjects(String address) {
		return mails.to(address).stream().map(MarketingMails::subject).toList();
	}

	/** Waits for a mail to the address whose text contains the words. */
	public String awaitText(String address, String words) {
		await().atMost(Duration.ofSeconds(20)).until(() -> texts(address).stream().anyMatch(t -> t.contains(words)));
		return texts(address).stream().filter(t -> t.contains(words)).reduce((a, b) -> b).orElseThrow();
	}

	public String verifyToken(String address, int before) {
		return last(address, VERIFY, before);
	}

	public String downloadPath(String address) {
		return last(address, DOWNLOAD, 0);
	}

	int count(String address, Pattern pattern) {
		return (int) texts(address).stream().filter(t -> pattern.matcher(t).find()).count();
	}

	int verifyMails(String address) {
		return count(address, VERIFY);
	}

	private String last(String address, Pattern pattern, int before) {
		await().atMost(Duration.ofSeconds(20)).until(() -> count(address, pattern) > before);
		List<String> matching = texts(address).stream().filter(t -> pattern.matcher(t).find()).toList();
		Matcher m = pattern.matcher(matching.getLast());
		m.find();
		return m.group(1);
	}

	static boolean any(List<MimeMessage> messages) {
		return !messages.isEmpty();
	}
}

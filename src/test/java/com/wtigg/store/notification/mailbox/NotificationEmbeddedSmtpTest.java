package com.wtigg.store.notification.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.time.ZoneId;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.notification.sending.MailSettings;

class NotificationEmbeddedSmtpTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedSmtpConfiguration.class, Mailbox.class, MailboxController.class)
		.withBean(AuditLog.class, () -> mock(AuditLog.class))
		.withBean(MailSettings.class, () -> new MailSettings("WTIGG <no-reply@wtigg.com>", null,
				ZoneId.of("America/New_York"), true, 0, Duration.ofDays(90), Duration.ofMinutes(5)));

	@Test
	void productionStartsNoSmtpServerAndHasNoMailbox() {
		runner.withPropertyValues("store.mail.embedded=false")
			.run(context -> assertThat(context).doesNotHaveBean(GreenMail.class)
				.doesNotHaveBean(JavaMailSender.class)
				.doesNotHaveBean(Mailbox.class)
				.doesNotHaveBean(MailboxController.class));
	}

	@Test
	void theLocalRunSendsThroughItsOwnServerOnLoopbackAndStopsIt() {
		int[] port = new int[1];
		runner.withPropertyValues("store.mail.embedded=true").run(context -> {
			GreenMail server = context.getBean(GreenMail.class);
			JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
			port[0] = server.getSmtp().getServerSetup().getPort();
			assertThat(port[0]).isPositive();
			assertThat(sender.getHost()).isEqualTo("127.0.0.1");
			assertThat(sender.getPort()).isEqualTo(port[0]);

			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom("no-reply@wtigg.com");
			mail.setTo("someone@example.com");
			mail.setSubject("Hop");
			mail.setText("Through a real SMTP connection");
			sender.send(mail);
			assertThat(context.getBean(Mailbox.class).list()).singleElement()
				.satisfies(summary -> assertThat(summary.subject()).isEqualTo("Hop"));
		});
		assertThat(listening(port[0])).as("stopped with the application").isFalse();
	}

	private static boolean listening(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
			return true;
		}
		catch (IOException e) {
			return false;
		}
	}
}

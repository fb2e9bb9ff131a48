package com.wtigg.store.notification.mailbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.wtigg.store.notification.sending.MailSettings;

/**
 * The local run's SMTP server (GreenMail), on the loopback interface only, started before the
 * mail sender that points at it and stopped at shutdown. Mail still makes a real SMTP hop; the
 * back office's mailbox shows what arrived. Production sends through {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("store.mail.embedded")
class EmbeddedSmtpConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedSmtpConfiguration.class);

	private static final String LOOPBACK = "127.0.0.1";

	@Bean(destroyMethod = "stop")
	GreenMail embeddedSmtpServer(MailSettings settings) {
		int port = settings.embeddedPort() == 0 ? freePort() : settings.embeddedPort();
		GreenMail server = new GreenMail(new ServerSetup(port, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
		server.start();
		log.info("Embedded SMTP server listening on {}:{}; the back office's mailbox shows what it receives", LOOPBACK,
				port);
		return server;
	}

	@Bean
	JavaMailSenderImpl mailSender(GreenMail embeddedSmtpServer) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(LOOPBACK);
		sender.setPort(embeddedSmtpServer.getSmtp().getServerSetup().getPort());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		Properties properties = new Properties();
		properties.setProperty("mail.smtp.connectiontimeout", "5000");
		properties.setProperty("mail.smtp.timeout", "5000");
		properties.setProperty("mail.smtp.writetimeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

	/** A port free now, kept for the server's life so that it can be restarted on it. */
	private static int freePort() {
		try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			return probe.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException("No free port for the embedded SMTP server", e);
		}
	}
}

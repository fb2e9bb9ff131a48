package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.wtigg.store.payment.internal.PaymentProcessors;
import com.wtigg.store.payment.internal.PaymentSettingsException;

/**
 * A real gateway without its keys refuses the start with a message that says what to set; an
 * adapter refuses to send a field its register entry does not list.
 */
class PaymentSettingsTest {

	@Test
	void blankKeysAreNamedAndPresentOnesPass() {
		assertThatThrownBy(() -> PaymentSettingsException.requireAll("paypal", "store.payment.paypal.client-id", "abc",
				"store.payment.paypal.client-secret", " ", "store.payment.paypal.webhook-id", null))
			.isInstanceOfSatisfying(PaymentSettingsException.class, e -> assertThat(e.missing())
				.containsExactly("store.payment.paypal.client-secret", "store.payment.paypal.webhook-id"));
		PaymentSettingsException.requireAll("paypal", "a", "x", "b", "y");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void theStoreRefusesToStartWithStripeChosenAndNoKeysAndSaysWhatToSet(CapturedOutput output) {
		SpringApplication application = new SpringApplication(com.wtigg.store.StoreApplication.class);
		assertThatThrownBy(() -> application.run("--store.payment.gateway=stripe", "--server.port=0",
				"--store.database.data-dir=target/test-database-nokeys", "--store.database.clean-start=true",
				"--store.keys.folder=target/test-keys", "--spring.main.banner-mode=off"))
			.hasRootCauseInstanceOf(PaymentSettingsException.class);
		assertThat(output.getAll()).contains("store.payment.stripe.secret-key", "STORE_PAYMENT_STRIPE_SECRET_KEY",
				"STORE_PAYMENT_STRIPE_WEBHOOK_SECRET", "STORE_PAYMENT_GATEWAY=sandbox");
	}

	@Test
	void aFieldOutsideTheRegisterEntryIsNotSent() {
		assertThatThrownBy(() -> PaymentProcessors.requireListed("stripe", PaymentProcessors.STRIPE_FIELDS,
				Set.of("amount", "receipt_email")))
			.hasMessageContaining("receipt_email").hasMessageNotContaining("@");
		PaymentProcessors.requireListed("stripe", PaymentProcessors.STRIPE_FIELDS, Set.of("amount", "currency"));
	}
}

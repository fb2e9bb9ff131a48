package com.wtigg.store.audit.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import com.wtigg.store.audit.AuditLog;
import com.wtigg.store.audit.AuditVerification;

/**
 * The audit check as a command: started with {@code --store.audit.verify-and-exit=true}, the store
 * checks the log, prints the result and exits with 0 if it holds, 1 if not.
 */
@Component
@ConditionalOnBooleanProperty("store.audit.verify-and-exit")
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditLog audit;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditLog audit, ConfigurableApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		AuditVerification result = audit.verify();
		System.out.println(result.intact() ? "Audit log intact: " + result.checked() + " entries checked."
				: "Audit log BROKEN at entry " + result.brokenAt() + ": " + result.problem() + " ("
						+ result.checked() + " entries before it hold).");
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}

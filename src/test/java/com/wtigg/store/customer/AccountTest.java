package com.wtigg.store.customer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the running server with accounts: it may autowire {@link AccountFixture} to
 * make customers through the pages and {@link MailEvents} to read the mails they cause.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ MailEvents.class, AccountFixture.class })
public @interface AccountTest {
}

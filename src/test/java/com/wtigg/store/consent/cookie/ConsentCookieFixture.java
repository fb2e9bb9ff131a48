package com.wtigg.store.consent.cookie;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Clock;
import java.util.Arrays;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.springframework.context.ApplicationContext;

import com.wtigg.store.shared.PolicyVersion;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Real {@code consent} cookies for tests of modules that ask {@code CookieConsents}: signed by the
 * running store's own codec, exactly as the store writes one after a visitor's cookie choice, so
 * the store reads them through its real consent checks (no stand-in, no test header).
 */
public final class ConsentCookieFixture {

	private final ConsentCookieCodec codec;

	private final String policyVersion;

	private final Clock clock;

	/** A fixture writing cookies with the codec, policy version and clock of this store's context. */
	public ConsentCookieFixture(ApplicationContext store) {
		this.codec = store.getBean(ConsentCookieCodec.class);
		this.policyVersion = store.getBean(PolicyVersion.class).version();
		this.clock = store.getBean(Clock.class);
	}

	/** The cookie of a browser whose visitor accepted analytics cookies (and refused marketing). */
	public Cookie analyticsAllowed() {
		return chosen(true, false);
	}

	/** The cookie of a browser whose visitor refused every optional cookie. */
	public Cookie allRefused() {
		return chosen(false, false);
	}

	/** The cookie of a browser whose visitor made this choice now (a fresh browser id each time). */
	public Cookie chosen(boolean analytics, boolean marketing) {
		return new Cookie(StoreCookie.CONSENT.cookieName(), value(analytics, marketing));
	}

	/** The signed value of such a cookie, for a browser outside MockMvc (a real HTTP client). */
	public String value(boolean analytics, boolean marketing) {
		ConsentCookie fresh = ConsentCookie.fresh(policyVersion, clock.instant());
		return codec.encode(choose(fresh, analytics, marketing));
	}

	/**
	 * The choice as the store makes it. The choice endpoint adds the id of the consent record to
	 * {@code choose}; any such id argument is given a random one, so this fixture fits either form.
	 */
	private ConsentCookie choose(ConsentCookie fresh, boolean analytics, boolean marketing) {
		Method choose = Arrays.stream(ConsentCookie.class.getDeclaredMethods())
			.filter(m -> m.getName().equals("choose"))
			.findFirst()
			.orElseThrow();
		Object[] args = Arrays.stream(choose.getParameterTypes()).map(type -> (Object) null).toArray();
		int booleans = 0;
		for (int i = 0; i < args.length; i++) {
			Class<?> type = choose.getParameterTypes()[i];
			if (type == boolean.class) {
				args[i] = booleans++ == 0 ? analytics : marketing;
			}
			else if (type == String.class) {
				args[i] = policyVersion;
			}
			else if (type == UUID.class) {
				args[i] = UUID.randomUUID();
			}
			else {
				args[i] = clock.instant();
			}
		}
		try {
			return (ConsentCookie) choose.invoke(fresh, args);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot make a consent cookie", e);
		}
	}
}

package com.wtigg.store.consent.cookie;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;

import com.wtigg.store.consent.CookieChoice;
import com.wtigg.store.consent.CookieConsents;
import com.wtigg.store.shared.security.SignedIn;

/**
 * The cookie choice from the signed {@code consent} cookie, with the Global Privacy Control signal
 * applied on top: {@code Sec-GPC: 1} turns marketing and sale/share off for that request whatever
 * the cookie says.
 */
@Service
class CookieChoices implements CookieConsents {

	private static final String OPTED_OUT = CookieChoices.class.getName() + ".subjectOptedOut";

	private final ConsentCookieJar jar;

	private final SaleShareOptOuts optOuts;

	CookieChoices(ConsentCookieJar jar, SaleShareOptOuts optOuts) {
		this.jar = jar;
		this.optOuts = optOuts;
	}

	/** Whether the request carries the Global Privacy Control signal. */
	static boolean gpc(HttpServletRequest request) {
		String signal = request.getHeader("Sec-GPC");
		return signal != null && signal.strip().equals("1");
	}

	@Override
	public Optional<CookieChoice> cookieChoice(HttpServletRequest request) {
		boolean gpc = gpc(request);
		return jar.read(request).filter(ConsentCookie::chosen).map(c -> new CookieChoice(c.analytics(),
				c.marketing() && !gpc, gpc, c.policyVersion(), c.chosenAt()));
	}

	@Override
	public boolean saleShareOptedOut(HttpServletRequest request) {
		if (gpc(request) || jar.read(request).map(ConsentCookie::saleShareOptedOut).orElse(false)) {
			return true;
		}
		if (request.getAttribute(OPTED_OUT) instanceof Boolean known) {
			return known;
		}
		boolean optedOut = SignedIn.current().map(s -> optOuts.optedOut(s.subject())).orElse(false);
		request.setAttribute(OPTED_OUT, optedOut);
		return optedOut;
	}
}

package com.wtigg.store.analytics.recording;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import com.wtigg.store.shared.web.Browsers;

/**
 * The facts of a request that analytics keeps (COL-DEVICE): device class, operating system and
 * browser (parsed by Yauaa), the client's network instead of its address, the referrer cut to its
 * origin (or to the path, for the store's own pages), and a normalised search query.
 */
@Component
class RequestFacts {

	static final int MAX_QUERY = 100;

	private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]{7,15}");

	private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

	private final Browsers browsers;

	RequestFacts(Browsers browsers) {
		this.browsers = browsers;
	}

	/** Device class, operating system and browser family. */
	record Device(String type, String os, String browser) {
	}

	Device device(HttpServletRequest request) {
		Browsers.Device device = browsers.device(request.getHeader(HttpHeaders.USER_AGENT));
		return new Device(device.deviceClass(), device.operatingSystem(), device.browser());
	}

	/**
	 * The address with its host part zeroed: the first 24 bits of IPv4, the first 48 of IPv6;
	 * {@code null} when the request carries no address literal.
	 */
	static String truncatedAddress(String address) {
		if (address == null || !(address.indexOf(':') >= 0 || IPV4_LITERAL.matcher(address).matches())) {
			return null; // not an address literal: a name is never looked up
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			int kept = bytes.length == 4 ? 3 : 6;
			Arrays.fill(bytes, kept, bytes.length, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException e) {
			return null;
		}
	}

	/** Another site's referrer as its origin only; one of the store's own pages as its path. */
	static String referrer(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null || referer.length() > 2048) {
			return null;
		}
		try {
			URI uri = new URI(referer);
			if (uri.getScheme() == null || uri.getHost() == null
					|| !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
				return null;
			}
			if (uri.getHost().equalsIgnoreCase(request.getServerName())) {
				String path = uri.getRawPath();
				return path == null || path.isEmpty() ? "/" : cut(path, 200);
			}
			return new URI(uri.getScheme(), null, uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null)
				.toString();
		}
		catch (URISyntaxException e) {
			return null;
		}
	}

	/** The search query as typed, trimmed, in lower case, with runs of white space made one, cut to 100. */
	static String searchQuery(String q) {
		if (q == null) {
			return null;
		}
		String normal = WHITE_SPACE.matcher(q.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
		return normal.isEmpty() ? null : cut(normal, MAX_QUERY);
	}

	private static String cut(String text, int max) {
		return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
	}
}

package com.wtigg.store.analytics.recording;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wtigg.store.analytics.recording.AnalyticsPermission.Audience;
import com.wtigg.store.shared.web.StoreCookie;

/**
 * Receives the first-party beacon script's reports ({@code POST /analytics/beacon}, JSON of at
 * most 4 KB): clicks on product tiles and banners, and the time spent on a page. Garbage, an
 * oversized body, a replayed id, another content type or a page that is not counted: 400 and
 * nothing stored; too many from one visitor: 429. Without analytics consent (or for a restricted
 * subject) a valid beacon is answered 204 and nothing is stored either.
 */
@RestController
class BeaconController {

	static final String PATH = "/analytics/beacon";

	private final AnalyticsPermission permission;

	private final BeaconGuard guard;

	private final RecordedPaths paths;

	private final RequestFacts facts;

	private final EventWriter writer;

	BeaconController(AnalyticsPermission permission, BeaconGuard guard, RecordedPaths paths, RequestFacts facts,
			EventWriter writer) {
		this.permission = permission;
		this.guard = guard;
		this.paths = paths;
		this.facts = facts;
		this.writer = writer;
	}

	@PostMapping(PATH)
	ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
		if (!json(request.getContentType()) || request.getContentLengthLong() > Beacon.MAX_BYTES
				|| !sameSite(request)) {
			return refused(HttpStatus.BAD_REQUEST);
		}
		byte[] body = readAtMost(request.getInputStream(), Beacon.MAX_BYTES + 1);
		Optional<Beacon> beacon = body.length > Beacon.MAX_BYTES ? Optional.empty() : Beacon.parse(body);
		if (beacon.isEmpty() || !paths.recorded(beacon.get().path())) {
			return refused(HttpStatus.BAD_REQUEST);
		}
		Audience audience = permission.of(request);
		if (!audience.allowed()) {
			return ResponseEntity.noContent().build();
		}
		UUID visitor = audience.anonymous() ? StoreCookie.VISITOR.uuidIn(request).orElse(null) : null;
		if (audience.anonymous() && visitor == null) {
			return refused(HttpStatus.BAD_REQUEST); // the script runs only on pages that set the visitor's id
		}
		String key = visitor != null ? visitor.toString() : audience.subject().toString();
		if (!guard.allows(key)) {
			return refused(HttpStatus.TOO_MANY_REQUESTS);
		}
		if (!guard.firstSighting(beacon.get().id())) {
			return refused(HttpStatus.BAD_REQUEST);
		}
		Beacon b = beacon.get();
		writer.offer(new UsageEvent(Instant.now(), b.kind(), b.path(), null, b.target(), b.durationMs(), null,
				facts.device(request), RequestFacts.truncatedAddress(request.getRemoteAddr()), visitor,
				audience.subject(), b.id()));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<String> refused(HttpStatus status) {
		return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN)
			.body(status == HttpStatus.TOO_MANY_REQUESTS ? "too many beacons" : "invalid beacon");
	}

	private static boolean json(String contentType) {
		try {
			return contentType != null && MediaType.APPLICATION_JSON.equalsTypeAndSubtype(MediaType.parseMediaType(contentType));
		}
		catch (org.springframework.util.InvalidMimeTypeException e) {
			return false;
		}
	}

	/** Another site's page cannot send a beacon in the visitor's name (the browser says where it came from). */
	private static boolean sameSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return site == null || site.equals("same-origin");
	}

	private static byte[] readAtMost(InputStream in, int limit) throws IOException {
		return in.readNBytes(limit);
	}
}

package com.wtigg.store.analytics.recording;

import java.time.Instant;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * One recorded use of the store: a page view (with its search query on the search page), a click
 * on a product tile or banner, or the time spent on a page. Either the signed-in subject or the
 * pseudonymous visitor id, never both. Its text form names the kind and path only.
 *
 * @param kind {@code page_view}, {@code tile_click}, {@code banner_click} or {@code time_on_page}
 * @param ipPrefix the client's address cut to its network (IPv4 /24, IPv6 /48)
 * @param beaconId the random id of the beacon that reported it; {@code null} for a page view
 */
public record UsageEvent(Instant occurredAt, String kind, String path, String searchQuery, String target,
		Integer durationMs, String referrer, RequestFacts.Device device, String ipPrefix, UUID visitorId,
		SubjectId subject, UUID beaconId) {

	@Override
	public String toString() {
		return "UsageEvent[" + kind + " " + path + "]";
	}
}

package com.wtigg.store.privacy.requests;

import java.time.Instant;

/**
 * One step in a request's course, for its audit trail.
 *
 * @param actor who acted: {@code subject}, {@code staff:<id>} or {@code store}
 * @param what what happened, without personal data
 */
public record RequestEvent(Instant at, String actor, String what) {
}

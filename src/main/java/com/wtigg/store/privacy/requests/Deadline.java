package com.wtigg.store.privacy.requests;

import java.time.LocalDate;

/**
 * When a request must be acknowledged and answered, and how far its answer may be put off with
 * notice to the subject.
 *
 * @param acknowledgeBy the acknowledgement is sent by this day
 * @param dueOn the answer is given by this day
 * @param latestExtendedDueOn the furthest day an extension may move the answer to
 */
public record Deadline(LocalDate acknowledgeBy, LocalDate dueOn, LocalDate latestExtendedDueOn) {
}

package com.wtigg.store.privacy;

import com.wtigg.store.shared.SubjectId;

/**
 * A verified request to withdraw every consent the subject gave (DSR-WITHDRAW): each module that
 * holds a consent of theirs withdraws it at once, leaving earlier lawful processing as it was.
 */
public record ConsentsWithdrawn(SubjectId subject) {
}

package com.wtigg.store.customer.backoffice;

import java.time.Instant;

import com.wtigg.store.customer.account.AccountStatus;
import com.wtigg.store.shared.SubjectId;

/** A customer account in the back office's list: no personal value, only its id, status and date. */
public record CustomerRow(SubjectId subject, AccountStatus status, Instant createdAt) {
}

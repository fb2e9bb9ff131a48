package com.wtigg.store.customer.account;

/** Whether an account is a shopper's or a staff member's. */
public enum AccountKind {
	CUSTOMER, STAFF
}

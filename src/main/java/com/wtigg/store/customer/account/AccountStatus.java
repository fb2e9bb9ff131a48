package com.wtigg.store.customer.account;

/**
 * Where an account stands: {@code UNVERIFIED} until its email is confirmed, {@code INVITED} for
 * staff until they accept, {@code CLOSED} once erased or closed.
 */
public enum AccountStatus {
	UNVERIFIED, ACTIVE, INVITED, CLOSED
}

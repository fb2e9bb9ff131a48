/**
 * Customer and staff accounts: registration with the age gate, sign-in, the second factor,
 * profile and addresses, staff roles and the back office's customer views.
 */
package com.wtigg.store.customer;

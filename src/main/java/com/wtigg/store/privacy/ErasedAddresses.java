package com.wtigg.store.privacy;

import com.wtigg.store.shared.EmailAddress;

/**
 * Implemented by a module that must go on knowing an address after its owner was erased, so as
 * never to use it again (marketing's suppression list). Called within the erasure, never through
 * an event, so the address is not written to the event log.
 */
public interface ErasedAddresses {

	void erased(EmailAddress address);
}

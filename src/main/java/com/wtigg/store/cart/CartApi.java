package com.wtigg.store.cart;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.wtigg.store.shared.SubjectId;

/**
 * Carts as other modules see them.
 */
public interface CartApi {

	/**
	 * Moves a guest's cart into another cart (the customer's, at sign-in): quantities of the same
	 * piece add up, never beyond stock; the guest cart is then gone.
	 *
	 * @return the cart that now holds everything
	 */
	UUID merge(UUID guestCart, UUID into);

	/**
	 * The cart a customer shops with once signed in: the guest cart of the browser merged into the
	 * customer's own (or becoming it, when they had none).
	 *
	 * @return the cart the browser's cart cookie should now name, if there is one
	 */
	Optional<UUID> signedIn(Optional<UUID> guestCart, SubjectId customer);

	/**
	 * How many items a cart holds, for the shopper of the current request; 0 for a cart that does not
	 * exist or is someone else's.
	 */
	int itemCount(UUID cart);

	/** The cart a browser's cookie names, if the shopper of the current request may use it. */
	Optional<UUID> usable(Optional<UUID> fromCookie);

	/**
	 * What a cart holds, as the shopper put it there (not cut to current stock, which checkout's
	 * reservation checks): piece id to quantity, in the order the pieces were added.
	 */
	Map<Long, Integer> contents(UUID cart);

	/** Takes pieces that were bought out of the cart (what is left of each stays). */
	void removeBought(UUID cart, Map<Long, Integer> bought);
}

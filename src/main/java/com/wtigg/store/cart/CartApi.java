package com.wtigg.store.cart;

import java.util.UUID;

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

	/** How many items a cart holds; 0 for a cart that does not exist. */
	int itemCount(UUID cart);
}

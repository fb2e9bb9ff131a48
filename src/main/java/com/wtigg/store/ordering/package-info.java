/**
 * Checkout and orders: addresses, shipping option, preferences, review, payment and confirmation;
 * one-of-a-kind stock reserved at once; the order's states from placed to delivered, cancelled or
 * refunded; the customer's orders, guest look-up, returns and exchanges; the back office's orders.
 */
package com.wtigg.store.ordering;

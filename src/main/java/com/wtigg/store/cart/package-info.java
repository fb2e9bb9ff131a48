/**
 * Shopping carts of guests and customers; quantities never exceed the catalog's stock.
 */
package com.wtigg.store.cart;

/**
 * The jade catalog: pieces, their categories and colours, stock, search and the storefront pages.
 */
package com.wtigg.store.catalog;

/**
 * Newsletter and new-collection alerts: double opt-in, one-click unsubscribe, the suppression
 * list, and campaigns that reach only subjects with live consent and no restriction.
 */
package com.wtigg.store.marketing;

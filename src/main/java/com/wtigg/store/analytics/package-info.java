/**
 * First-party usage analytics, recorded only with analytics consent and never for a restricted
 * subject, and the decision whether the Google Analytics tag may load.
 */
package com.wtigg.store.analytics;

/**
 * Customer support: tickets from guests and customers (a topic, a message, an optional order of
 * theirs, up to five screenshots checked by content and re-encoded without their metadata), the
 * thread with replies by web and a mail for each staff reply, and the back office's queue.
 */
package com.wtigg.store.support;

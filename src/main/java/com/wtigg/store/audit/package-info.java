/**
 * The tamper-evident audit log: who did what to whose data, and why, in sealed, chained entries.
 */
package com.wtigg.store.audit;

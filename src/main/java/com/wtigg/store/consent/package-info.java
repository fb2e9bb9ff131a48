/**
 * Consents and objections. So far: the separate, explicit consent a subject in China gives before
 * their data is transferred to a processor outside China (PIPL, LOC-XBORDER).
 */
package com.wtigg.store.consent;

/**
 * Payments through a {@link com.wtigg.store.payment.PaymentGateway}: the sandbox (default), Stripe
 * or PayPal. Card numbers never reach the store; it keeps the processor's reference, the card's
 * brand and last four digits. Captures and refunds are idempotent, webhooks verified and harmless
 * when repeated or out of order.
 */
package com.wtigg.store.payment;

/**
 * Email: listens to the account, order, marketing, support and privacy-request events, writes each mail in the
 * recipient's language and sends it over SMTP exactly once. Nobody depends on it. In the default run an embedded SMTP
 * server receives the mail, shown to admins on the back office's mailbox page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "customer", "ordering", "marketing", "support", "privacy", "audit", "shared" })
package com.wtigg.store.notification;

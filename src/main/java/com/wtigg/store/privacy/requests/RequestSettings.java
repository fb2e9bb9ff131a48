package com.wtigg.store.privacy.requests;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of data-subject requests ({@code store.privacy.*}).
 *
 * @param zone the zone in which the store counts days (its own, New York)
 * @param verifyLinkLifetime how long the link that proves an address works (once)
 * @param downloadLinkLifetime how long an export's download link works
 * @param recordsKept how long a closed request's record is kept (24 months)
 * @param chinaDaysOff China's public days off of the State Council's yearly schedule, as dates
 * @param chinaWorkingWeekends its make-up working days that fall on a weekend
 * @param processorContacts each processor's privacy address by its register id (such as
 * {@code store.privacy.processor-contacts.stripe}), to tell it of erasures and corrections; one
 * without an address is listed for staff to tell by hand
 */
@ConfigurationProperties("store.privacy")
public record RequestSettings(@DefaultValue("America/New_York") ZoneId zone,
		@DefaultValue("24h") Duration verifyLinkLifetime, @DefaultValue("7d") Duration downloadLinkLifetime,
		@DefaultValue("730d") Duration recordsKept, @DefaultValue Set<LocalDate> chinaDaysOff,
		@DefaultValue Set<LocalDate> chinaWorkingWeekends, @DefaultValue Map<String, String> processorContacts) {
}

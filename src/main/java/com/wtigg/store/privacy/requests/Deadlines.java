package com.wtigg.store.privacy.requests;

import java.time.LocalDate;

/**
 * The due dates of a request by its jurisdiction (DSR-DEADLINE), counted from the day it was
 * received (for an anonymous request, the day its email link was followed):
 * <ul>
 * <li>EU/EEA: one month (GDPR Art. 12(3)), extendable by two further months;</li>
 * <li>California: 45 days, acknowledged within 10 business days, extendable once by 45 days (CCPA
 * regulations §7021, §7022);</li>
 * <li>China: 15 working days (PIPL), Chinese working days;</li>
 * <li>elsewhere: the policy's "15–30 business days, depending on the complexity of the request":
 * due after 15 business days, extendable with notice to 30.</li>
 * </ul>
 * Every request is acknowledged within 10 of the store's business days.
 */
final class Deadlines {

	static final int ACKNOWLEDGE_BUSINESS_DAYS = 10;

	static final int POLICY_AIM_BUSINESS_DAYS = 15;

	static final int POLICY_LIMIT_BUSINESS_DAYS = 30;

	private final BusinessCalendar calendar;

	Deadlines(BusinessCalendar calendar) {
		this.calendar = calendar;
	}

	Deadline of(Jurisdiction jurisdiction, LocalDate received) {
		LocalDate acknowledge = calendar.storeWorkingDaysAfter(received, ACKNOWLEDGE_BUSINESS_DAYS);
		return switch (jurisdiction) {
			case EU_EEA -> new Deadline(acknowledge, received.plusMonths(1), received.plusMonths(3));
			case CALIFORNIA -> new Deadline(acknowledge, received.plusDays(45), received.plusDays(90));
			case CHINA -> {
				LocalDate due = calendar.chinaWorkingDaysAfter(received, 15);
				yield new Deadline(earlier(acknowledge, due), due, calendar.chinaWorkingDaysAfter(received, 30));
			}
			case ELSEWHERE -> new Deadline(acknowledge, calendar.storeWorkingDaysAfter(received, POLICY_AIM_BUSINESS_DAYS),
					calendar.storeWorkingDaysAfter(received, POLICY_LIMIT_BUSINESS_DAYS));
		};
	}

	private static LocalDate earlier(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}
}

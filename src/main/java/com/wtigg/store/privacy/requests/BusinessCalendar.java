package com.wtigg.store.privacy.requests;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * Which days are working days: in the store's own place (New York, United States: weekdays that are
 * no federal or New York State holiday, from the jollyday calendars), and in China (weekdays,
 * less the days off and plus the make-up working days of the State Council's yearly schedule, which
 * the privacy officer enters as {@code store.privacy.china-days-off} and
 * {@code store.privacy.china-working-weekends}: no rule gives them in advance).
 */
final class BusinessCalendar {

	private final HolidayManager newYork = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_STATES));

	private final Set<LocalDate> chinaDaysOff;

	private final Set<LocalDate> chinaWorkingWeekends;

	BusinessCalendar(Set<LocalDate> chinaDaysOff, Set<LocalDate> chinaWorkingWeekends) {
		this.chinaDaysOff = Set.copyOf(chinaDaysOff);
		this.chinaWorkingWeekends = Set.copyOf(chinaWorkingWeekends);
	}

	boolean isStoreWorkingDay(LocalDate day) {
		return !weekend(day) && !newYork.isHoliday(day, "ny");
	}

	boolean isChinaWorkingDay(LocalDate day) {
		if (chinaWorkingWeekends.contains(day)) {
			return true;
		}
		return !weekend(day) && !chinaDaysOff.contains(day);
	}

	/** The {@code count}th store working day after {@code from}. */
	LocalDate storeWorkingDaysAfter(LocalDate from, int count) {
		return after(from, count, true);
	}

	/** The {@code count}th Chinese working day after {@code from}. */
	LocalDate chinaWorkingDaysAfter(LocalDate from, int count) {
		return after(from, count, false);
	}

	private LocalDate after(LocalDate from, int count, boolean store) {
		LocalDate day = from;
		int left = count;
		while (left > 0) {
			day = day.plusDays(1);
			if (store ? isStoreWorkingDay(day) : isChinaWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	private static boolean weekend(LocalDate day) {
		DayOfWeek d = day.getDayOfWeek();
		return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
	}
}

package com.wtigg.store.privacy.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.wtigg.store.PolicyClause;

@PolicyClause("DSR-DEADLINE")
class DeadlinesTest {

	// an example schedule of days off and make-up working days, as the privacy officer would enter it
	private final BusinessCalendar calendar = new BusinessCalendar(
			Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
					LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
			Set.of(LocalDate.of(2026, 10, 10)));

	private final Deadlines deadlines = new Deadlines(calendar);

	@Test
	void theAcknowledgementIsDueWithinTenBusinessDaysSkippingWeekendsAndThanksgiving() {
		// Thursday 19 November 2026; Thanksgiving is Thursday 26 November
		Deadline deadline = deadlines.of(Jurisdiction.ELSEWHERE, LocalDate.of(2026, 11, 19));

		assertThat(deadline.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 4));
	}

	@Test
	void elsewhereTheAnswerIsDueAfterFifteenBusinessDaysAndMayBePutOffToThirty() {
		Deadline deadline = deadlines.of(Jurisdiction.ELSEWHERE, LocalDate.of(2026, 11, 19));

		// 15 business days: Nov 20, 23, 24, 25, 27, 30, Dec 1, 2, 3, 4, 7, 8, 9, 10, 11
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 12, 11));
		// 30: on to Jan 5, past Christmas Day (Friday 25 December) and New Year's Day (Friday 1 January)
		assertThat(deadline.latestExtendedDueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void inTheEuTheAnswerIsDueInOneMonthAndTheLastDayOfAShorterMonthCounts() {
		Deadline deadline = deadlines.of(Jurisdiction.EU_EEA, LocalDate.of(2027, 1, 31));

		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(deadline.latestExtendedDueOn()).isEqualTo(LocalDate.of(2027, 4, 30));
	}

	@Test
	void inCaliforniaTheAnswerIsDueInFortyFiveDaysExtendableOnceByFortyFive() {
		Deadline deadline = deadlines.of(Jurisdiction.CALIFORNIA, LocalDate.of(2026, 12, 3));

		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2027, 1, 17));
		assertThat(deadline.latestExtendedDueOn()).isEqualTo(LocalDate.of(2027, 3, 3));
		assertThat(deadline.acknowledgeBy()).isEqualTo(LocalDate.of(2026, 12, 17));
	}

	@Test
	void inChinaFifteenWorkingDaysSkipTheDaysOffAndCountTheMakeUpSaturday() {
		// Monday 28 September 2026
		Deadline deadline = deadlines.of(Jurisdiction.CHINA, LocalDate.of(2026, 9, 28));

		// Sep 29, 30, Oct 8, 9, 10 (make-up Saturday), 12, 13, 14, 15, 16, 19, 20, 21, 22, 23
		assertThat(deadline.dueOn()).isEqualTo(LocalDate.of(2026, 10, 23));
		assertThat(deadline.acknowledgeBy()).isBeforeOrEqualTo(deadline.dueOn());
	}

	@Test
	void theJurisdictionFollowsTheCountryAndForTheUnitedStatesTheState() {
		assertThat(Jurisdiction.of("de", "")).isEqualTo(Jurisdiction.EU_EEA);
		assertThat(Jurisdiction.of("NO", null)).isEqualTo(Jurisdiction.EU_EEA);
		assertThat(Jurisdiction.of("US", "ca")).isEqualTo(Jurisdiction.CALIFORNIA);
		assertThat(Jurisdiction.of("US", "NY")).isEqualTo(Jurisdiction.ELSEWHERE);
		assertThat(Jurisdiction.of("CN", "")).isEqualTo(Jurisdiction.CHINA);
		assertThat(Jurisdiction.of("GB", "")).isEqualTo(Jurisdiction.ELSEWHERE);
	}
}

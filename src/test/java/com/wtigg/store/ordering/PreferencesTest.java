package com.wtigg.store.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.ordering.domain.Preferences;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The order preferences' checks: engravings in any script but without control characters or
 * emoji, sizes in their ranges, and the gift note's length.
 */
@PolicyClause("SHOP-CHECKOUT")
class PreferencesTest {

	private static FormErrors errorsOf(String engraving, String ring, String bangle, String note) {
		FormErrors errors = new FormErrors();
		Preferences.of(engraving, ring, bangle, note, true, true, errors);
		return errors;
	}

	@ParameterizedTest
	@ValueSource(strings = { "Mei & Li", "永结同心", "J.-P. O'Neil, 2026", "Zoë", "नमस्ते" })
	void engravingsInAnyScriptAreAccepted(String engraving) {
		assertThat(errorsOf(engraving, "", "", "").any()).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Mei\u0007Li|checkout.engraving.control", "Love \uD83D\uDC9A|checkout.engraving.emoji",
			"Mei\u200BLi|checkout.engraving.control", "a <b>|checkout.engraving.characters",
			"abcdefghijklmnopqrstuvwxyz12345|checkout.engraving.long" })
	void badEngravingsAreRefusedWithTheirReason(String engraving, String reason) {
		assertThat(errorsOf(engraving, "", "", "").fields()).containsEntry("engraving", reason);
	}

	@Test
	void thirtyCharactersOfChineseFitTheEngraving() {
		assertThat(errorsOf("玉".repeat(30), "", "", "").any()).isFalse();
		assertThat(errorsOf("玉".repeat(31), "", "", "").fields()).containsKey("engraving");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.5", "13.5", "7.25", "seven", "1e1" })
	void ringSizesOutsideUsThreeToThirteenInHalvesAreRefused(String size) {
		assertThat(errorsOf("", size, "", "").fields()).containsEntry("ringSize", "checkout.ringSize.invalid");
	}

	@Test
	void ringSizeInHalvesIsKept() {
		FormErrors errors = new FormErrors();
		assertThat(Preferences.of("", "6.5", "", "", true, false, errors).ringSize()).isEqualByComparingTo(new BigDecimal("6.5"));
		assertThat(errors.any()).isFalse();
	}

	@Test
	void sizesAreIgnoredWhenTheCartHasNoRingOrBangle() {
		FormErrors errors = new FormErrors();
		Preferences chosen = Preferences.of("", "99", "99", "", false, false, errors);
		assertThat(errors.any()).isFalse();
		assertThat(chosen.ringSize()).isNull();
		assertThat(chosen.bangleDiameter()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "47", "73", "58.5", "abc" })
	void bangleDiametersOutsideFortyEightToSeventyTwoAreRefused(String mm) {
		assertThat(errorsOf("", "", mm, "").fields()).containsEntry("bangleDiameter", "checkout.bangle.invalid");
	}

	@Test
	void giftNotesKeepLineBreaksButRefuseControlCharactersAndLength() {
		assertThat(errorsOf("", "", "", "Happy birthday,\r\nMother").any()).isFalse();
		assertThat(errorsOf("", "", "", "Hi\u0000").fields()).containsEntry("giftNote", "form.controlCharacters");
		assertThat(errorsOf("", "", "", "x".repeat(201)).fields()).containsEntry("giftNote", "checkout.giftNote.long");
	}
}

package com.wtigg.store.ordering.domain;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import com.wtigg.store.shared.PersonalText;
import com.wtigg.store.shared.web.FormErrors;

/**
 * The buyer's wishes for an order: an engraving, a ring size (only with a ring), a bangle's inner
 * diameter (only with a bangle) and a gift note. Each is optional.
 *
 * @param ringSize US size, 3 to 13 in halves
 * @param bangleDiameter inner diameter in millimetres, 48 to 72
 */
public record Preferences(@Nullable String engraving, @Nullable BigDecimal ringSize, @Nullable Integer bangleDiameter,
		@Nullable String giftNote) {

	public static final int ENGRAVING_MAX = 30;

	public static final int GIFT_NOTE_MAX = 200;

	public static final Preferences NONE = new Preferences(null, null, null, null);

	/** The preferences from the form, each problem on {@code errors}; sizes asked only for the pieces that have them. */
	public static Preferences of(String engraving, String ringSize, String bangleDiameter, String giftNote,
			boolean hasRing, boolean hasBangle, FormErrors errors) {
		return new Preferences(engraving(engraving, errors), hasRing ? ringSize(ringSize, errors) : null,
				hasBangle ? bangle(bangleDiameter, errors) : null, giftNote(giftNote, errors));
	}

	private static @Nullable String engraving(String typed, FormErrors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (PersonalText.hasControlCharacters(text)) {
			errors.add("engraving", "checkout.engraving.control");
		}
		else if (text.codePoints().anyMatch(Preferences::emoji)) {
			errors.add("engraving", "checkout.engraving.emoji");
		}
		else if (text.codePointCount(0, text.length()) > ENGRAVING_MAX) {
			errors.add("engraving", "checkout.engraving.long", ENGRAVING_MAX);
		}
		else if (!text.codePoints().allMatch(Preferences::engravable)) {
			errors.add("engraving", "checkout.engraving.characters");
		}
		return text;
	}

	/** Letters and digits of any script (with their combining marks), spaces and . , ' - &. */
	static boolean engravable(int c) {
		int type = Character.getType(c);
		return Character.isLetterOrDigit(c) || c == ' ' || ".,'-&".indexOf(c) >= 0
				|| type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
	}

	static boolean emoji(int c) {
		return Character.isEmoji(c) && !Character.isLetterOrDigit(c) && c > 0x7F
				|| Character.getType(c) == Character.OTHER_SYMBOL || Character.getType(c) == Character.SURROGATE
				|| c == 0xFE0F || c == 0x200D;
	}

	private static @Nullable BigDecimal ringSize(String typed, FormErrors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.matches("\\d{1,2}(\\.[05])?")) {
			BigDecimal size = new BigDecimal(text);
			if (size.compareTo(BigDecimal.valueOf(3)) >= 0 && size.compareTo(BigDecimal.valueOf(13)) <= 0) {
				return size.setScale(1);
			}
		}
		errors.add("ringSize", "checkout.ringSize.invalid");
		return null;
	}

	private static @Nullable Integer bangle(String typed, FormErrors errors) {
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return null;
		}
		if (text.matches("\\d{2}")) {
			int mm = Integer.parseInt(text);
			if (mm >= 48 && mm <= 72) {
				return mm;
			}
		}
		errors.add("bangleDiameter", "checkout.bangle.invalid");
		return null;
	}

	private static @Nullable String giftNote(String typed, FormErrors errors) {
		String text = typed == null ? "" : typed.strip().replace("\r\n", "\n");
		if (text.isEmpty()) {
			return null;
		}
		if (PersonalText.hasControlCharacters(text.replace("\n", " "))) {
			errors.add("giftNote", "form.controlCharacters");
		}
		else if (text.codePointCount(0, text.length()) > GIFT_NOTE_MAX) {
			errors.add("giftNote", "checkout.giftNote.long", GIFT_NOTE_MAX);
		}
		return text;
	}

	public boolean any() {
		return engraving != null || ringSize != null || bangleDiameter != null || giftNote != null;
	}

	@Override
	public String toString() {
		return "Preferences[redacted]";
	}
}

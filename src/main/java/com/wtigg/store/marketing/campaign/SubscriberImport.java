package com.wtigg.store.marketing.campaign;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import com.wtigg.store.marketing.SignUpSource;
import com.wtigg.store.marketing.Topic;
import com.wtigg.store.marketing.subscription.Subscriptions;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.Languages;

/**
 * Subscribers imported by staff from CSV (a header row with {@code email}, optionally
 * {@code language}): each address only gets a confirmation mail, never live consent, and
 * suppressed addresses are skipped and counted.
 */
@Component
public class SubscriberImport {

	/** What an import did. */
	public record Result(int mailed, int suppressed, int invalid) {
	}

	/** The file could not be read as CSV with an email column. */
	public static final class UnreadableCsv extends RuntimeException {

		UnreadableCsv() {
			super("unreadable CSV", null, false, false);
		}
	}

	public static final int MAX_ROWS = 5_000;

	private final Subscriptions subscriptions;

	SubscriberImport(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	public Result importCsv(String csv, Topic topic) {
		int mailed = 0;
		int suppressed = 0;
		int invalid = 0;
		Set<String> seen = new HashSet<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
			.setTrim(true).setIgnoreEmptyLines(true).get();
		try (var parser = format.parse(new StringReader(csv))) {
			if (!parser.getHeaderMap().containsKey("email")) {
				throw new UnreadableCsv();
			}
			for (CSVRecord row : parser) {
				if (row.getRecordNumber() > MAX_ROWS) {
					break;
				}
				Optional<EmailAddress> email = row.isMapped("email") && row.isSet("email") ? EmailAddress.parse(row.get("email"))
						: Optional.empty();
				if (email.isEmpty()) {
					invalid++;
				}
				else if (!seen.add(email.get().value())) {
					continue;
				}
				else if (subscriptions.suppressed(subscriptions.index(email.get()))) {
					suppressed++;
				}
				else {
					subscriptions.signUp(email.get(), EnumSet.of(topic), SignUpSource.IMPORT, language(row), null);
					mailed++;
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (IllegalArgumentException | IllegalStateException e) {
			throw new UnreadableCsv();
		}
		return new Result(mailed, suppressed, invalid);
	}

	private static Locale language(CSVRecord row) {
		String tag = row.isMapped("language") && row.isSet("language") ? row.get("language") : "en";
		return "zh-CN".equalsIgnoreCase(tag) || "zh".equalsIgnoreCase(tag) ? Languages.CHINESE : Languages.ENGLISH;
	}
}

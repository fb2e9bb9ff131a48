package com.wtigg.store.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.AccountTest;
import com.wtigg.store.shared.Money;

/**
 * After a payment through the sandbox's card page (and a refused attempt), no table and no log
 * line holds the card number, with or without spaces, or the CVV.
 */
@AccountTest
@ExtendWith(OutputCaptureExtension.class)
class CardDataNowhereTest {

	/** A CVV that is no part of a longer number, id or time in the dump. */
	static final String CVV = "7391";

	private static final Pattern CVV_ALONE = Pattern.compile("(?<![0-9A-Za-z.:-])" + CVV + "(?![0-9A-Za-z.:-])");

	@Autowired
	PaymentApi payments;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	@PolicyClause("COL-ORDER")
	void theCardNumberAndCvvReachNoTableAndNoLog(CapturedOutput output) {
		PaymentRequest request = SandboxPayments.request(Money.ofDollars("1280.00"));
		String page = SandboxPayments.cardPage(payments, request);
		WebClient browser = new WebClient(port);
		WebClient.Page refused = SandboxPayments.pay(browser, page, SandboxPayments.SUCCESS, "01/20", CVV);
		assertThat(refused.status()).isEqualTo(400);
		WebClient.Page paid = SandboxPayments.pay(browser, page, SandboxPayments.SUCCESS, SandboxGatewayTest.EXPIRY, CVV);
		assertThat(payments.returned(request.orderId(), SandboxPayments.returnParameters(paid, request)).succeeded()).isTrue();
		assertThat(payments.summary(request.orderId()).orElseThrow().cardLast4()).isEqualTo("4242");

		String dump = dumpEveryTable();
		assertThat(dump).contains(request.orderId().toString());
		for (String text : List.of(dump, output.getAll())) {
			assertThat(text).doesNotContain("4242424242424242").doesNotContain("4242 4242 4242 4242")
				.doesNotContain("4242-4242-4242-4242");
			assertThat(CVV_ALONE.matcher(text).find()).as("the CVV is somewhere").isFalse();
		}
		assertThat(SandboxPayments.withoutHint(refused)).doesNotContain("4242 4242 4242 4242").doesNotContain(CVV);
	}

	/** Every row of every table of the store's schema as text; binary columns as raw bytes. */
	private String dumpEveryTable() {
		List<String> tables = jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1
				""").query(String.class).list();
		StringBuilder dump = new StringBuilder();
		for (String table : tables) {
			dump.append("== ").append(table).append('\n');
			jdbc.sql("select * from \"" + table + "\"").query(rs -> {
				ResultSetMetaData meta = rs.getMetaData();
				List<String> values = new ArrayList<>();
				for (int column = 1; column <= meta.getColumnCount(); column++) {
					Object value = rs.getObject(column);
					values.add(value instanceof byte[] bytes ? new String(bytes, StandardCharsets.ISO_8859_1) : String.valueOf(value));
				}
				dump.append(String.join(" | ", values)).append('\n');
			});
		}
		return dump.toString();
	}
}

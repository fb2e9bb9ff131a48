package com.wtigg.store.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wtigg.store.StoreApplication;
import com.wtigg.store.WebClient;
import com.wtigg.store.customer.account.Accounts;
import com.wtigg.store.ordering.CheckoutFlows;
import com.wtigg.store.ordering.domain.OrderNumbers;
import com.wtigg.store.privacy.PersonalDataHolder;
import com.wtigg.store.privacy.SubjectExport;
import com.wtigg.store.privacy.erasure.SubjectErasure;
import com.wtigg.store.privacy.export.SubjectArchive;
import com.wtigg.store.shared.EmailAddress;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.crypto.PasswordHashing;

/**
 * The data-subject request benchmark (bench/dsar): starts the store in this JVM on a new data
 * folder, makes one customer with one real order and support ticket through the pages, copies
 * those rows (ciphertexts and all, so the subject's key still opens them) up to ORDERS orders and
 * TICKETS tickets, adds EVENTS analytics events, then times the copy of the data (the ZIP
 * written to nowhere) with the peak heap while it is written, a raw {@code COPY (SELECT ...) TO
 * STDOUT} of the same rows, and the erasure. Prints one line of {@code key=value}s per run.
 *
 * <p>Arguments: orders tickets events runs.
 */
public final class DsarBench {

	private static final String PASSWORD = "jade bangle from Hetian 1987";

	private DsarBench() {
	}

	public static void main(String[] args) throws Exception {
		int orders = Integer.parseInt(args[0]);
		int tickets = Integer.parseInt(args[1]);
		int events = Integer.parseInt(args[2]);
		int runs = Integer.parseInt(args[3]);
		Path data = Files.createTempDirectory("wtigg-dsar");
		SpringApplication application = new SpringApplication(StoreApplication.class);
		// the store is closed below, before its folder goes; a second stop at exit would find nothing
		application.setRegisterShutdownHook(false);
		try (ConfigurableApplicationContext store = application.run("--server.port=0",
				"--store.database.data-dir=" + data.resolve("db"), "--store.keys.folder=" + data.resolve("keys"),
				"--logging.level.root=WARN", "--spring.main.banner-mode=off", "--store.catalog.refresh-interval=1s")) {
			int port = Integer.parseInt(store.getEnvironment().getRequiredProperty("local.server.port"));
			JdbcClient jdbc = store.getBean(JdbcClient.class);
			for (int run = 1; run <= runs; run++) {
				SubjectId subject = subjectWithData(store, jdbc, port, orders, tickets, events, run);
				measure(store, jdbc, subject, run);
			}
		}
		finally {
			deleteQuietly(data);
		}
	}

	private static SubjectId subjectWithData(ConfigurableApplicationContext store, JdbcClient jdbc, int port, int orders,
			int tickets, int events, int run) {
		String email = "dsar.bench." + run + "." + System.nanoTime() + "@example.com";
		Accounts accounts = store.getBean(Accounts.class);
		SubjectId subject = accounts.createCustomer(new EmailAddress(email), "Bench Subject", "+1 718 555 0100",
				Locale.ENGLISH, PasswordHashing.encoder().encode(PASSWORD), LocalDate.of(1990, 1, 1));
		accounts.activate(subject);
		WebClient browser = new WebClient(port);
		browser.get("/account/login");
		if (!browser.post("/account/login", "email", email, "password", PASSWORD).redirect().orElse("").equals("/account")) {
			throw new IllegalStateException("The benchmark's customer could not sign in");
		}
		CheckoutFlows flows = new CheckoutFlows(jdbc);
		String slug = flows.piece("pendants", orders + 10, 64_00);
		CheckoutFlows.addToCart(browser, slug);
		String key = CheckoutFlows.checkoutKey(CheckoutFlows.toReview(browser, CheckoutFlows.with(CheckoutFlows.usContact(email),
				"shippingRecipient", "Bench Subject", "phone", "+1 718 555 0100")));
		CheckoutFlows.pay(browser, CheckoutFlows.place(browser, key), CheckoutFlows.CARD_OK);
		UUID order = UUID.fromString(key);
		for (int i = 1; i < orders; i++) {
			UUID copy = UUID.randomUUID();
			copyRow(jdbc, "shop_order", "id = '" + order + "'", "'id', '" + copy + "', 'number', '" + OrderNumbers.next() + "'");
			copyRow(jdbc, "shop_order_line", "order_id = '" + order + "'", "'order_id', '" + copy + "'");
			copyRow(jdbc, "payment", "order_id = '" + order + "'", "'order_id', '" + copy + "', 'reference', 'bench-"
					+ copy + "', 'capture_reference', null");
		}
		SupportTickets.make(browser, jdbc, subject, tickets);
		jdbc.sql("""
				insert into analytics_event (occurred_at, kind, path, search_query, target, duration_ms, referrer, device_type,
				  os, browser, ip_prefix, visitor_id, subject_id)
				select now() - make_interval(secs => g), 'page_view', '/p/bench-piece-' || (g % 500), case when g % 7 = 0 then 'jade bangle' end,
				  null, null, 'https://www.example.com/', 'desktop', 'Linux', 'Chrome', '203.0.113.0'::inet, ?, ?
				from generate_series(1, ?) g""").params(UUID.randomUUID(), subject.value(), events).update();
		return subject;
	}

	private static void copyRow(JdbcClient jdbc, String table, String where, String changes) {
		jdbc.sql("insert into " + table + " select (jsonb_populate_record(null::" + table + ", to_jsonb(t) || jsonb_build_object("
				+ changes + "))).* from " + table + " t where " + where).update();
	}

	private static void measure(ConfigurableApplicationContext store, JdbcClient jdbc, SubjectId subject, int run)
			throws Exception {
		SubjectArchive archive = store.getBean(SubjectArchive.class);
		// a warm-up copy and COPY, not counted: the server that answers requests has its code compiled
		archive.write(subject, "PR-WARMUP", Instant.now(), new CountingStream());
		rawCopy(store.getBean(DataSource.class), subject);
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP).toList();
		long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		CountingStream zip = new CountingStream();
		long t0 = System.nanoTime();
		archive.write(subject, "PR-BENCH", Instant.now(), zip);
		long exportNs = System.nanoTime() - t0;
		long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

		long t1 = System.nanoTime();
		long rawBytes = rawCopy(store.getBean(DataSource.class), subject);
		long copyNs = System.nanoTime() - t1;

		StringBuilder reads = new StringBuilder();
		for (PersonalDataHolder holder : store.getBeansOfType(PersonalDataHolder.class).values()) {
			long h0 = System.nanoTime();
			int[] rows = { 0 };
			holder.export(subject, new SubjectExport() {
				@Override
				public void add(String dataset, List<String> columns, List<List<String>> r) {
					rows[0] += r.size();
				}

				@Override
				public void stream(String dataset, List<String> columns, RowSource source) {
					source.each(row -> rows[0]++);
				}
			});
			long ms = (System.nanoTime() - h0) / 1_000_000;
			if (rows[0] > 0) {
				reads.append(org.springframework.util.ClassUtils.getUserClass(holder).getSimpleName()).append(':')
					.append(rows[0]).append("rows/").append(ms).append("ms,");
			}
		}
		System.out.println("run=" + run + " reads_without_writing=" + reads);

		long t2 = System.nanoTime();
		store.getBean(SubjectErasure.class).erase(subject);
		long eraseNs = System.nanoTime() - t2;

		System.out.printf(Locale.ROOT,
				"run=%d export_ms=%.0f zip_bytes=%d raw_copy_ms=%.0f raw_copy_bytes=%d ratio=%.2f heap_before_mb=%.0f heap_peak_mb=%.0f erase_ms=%.0f%n",
				run, exportNs / 1e6, zip.count, copyNs / 1e6, rawBytes, (double) exportNs / copyNs, before / 1048576.0,
				peak / 1048576.0, eraseNs / 1e6);
	}

	/** The same rows as the copy holds, straight out of PostgreSQL: the floor an export is held against. */
	private static long rawCopy(DataSource dataSource, SubjectId subject) throws Exception {
		String s = "'" + subject.value() + "'";
		List<String> queries = List.of("select * from account where subject_id = " + s,
				"select * from shop_order where subject_id = " + s,
				"select l.* from shop_order_line l join shop_order o on o.id = l.order_id where o.subject_id = " + s,
				"select * from payment where subject_id = " + s,
				"select * from support_ticket where subject_id = " + s,
				"select * from support_message where subject_id = " + s,
				"select * from analytics_event where subject_id = " + s);
		long bytes = 0;
		try (Connection connection = dataSource.getConnection()) {
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (String query : queries) {
				CountingWriter out = new CountingWriter();
				pg.getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT (FORMAT csv, HEADER)", out);
				bytes += out.count;
			}
		}
		return bytes;
	}

	private static final class CountingStream extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
		}
	}

	private static final class CountingWriter extends Writer {

		long count;

		@Override
		public void write(char[] chars, int off, int len) {
			count += len;
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}
	}

	private static void deleteQuietly(Path folder) throws IOException {
		try (var paths = Files.walk(folder)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}
}

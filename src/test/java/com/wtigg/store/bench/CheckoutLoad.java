package com.wtigg.store.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load driver of {@code bench/checkout/run}: guest buyers that each place orders end to end
 * through the sandbox gateway, one after another, until a count or a time is reached, against a
 * store on this machine only. Prints one line: orders, seconds, orders per second, p50 and p99 of
 * one order, failures.
 *
 * <p>Arguments: {@code base buyers seconds maxOrders piece...} (the pieces' paths, such as
 * {@code /p/icy-pendant}); the buyers take the pieces in turn.
 */
public final class CheckoutLoad {

	private CheckoutLoad() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err.println("usage: CheckoutLoad base buyers seconds maxOrders piece...");
			System.exit(2);
		}
		URI base = loopback(URI.create(args[0]));
		int buyers = Integer.parseInt(args[1]);
		Duration time = Duration.ofSeconds(Long.parseLong(args[2]));
		int maxOrders = Integer.parseInt(args[3]);
		List<String> pieces = List.of(args).subList(4, args.length);
		Result result = run(base, buyers, time, maxOrders, pieces);
		System.out.println(result.line());
		System.exit(result.orders() == 0 ? 1 : 0);
	}

	/** Only a store on this machine is driven: the benchmark never sends load elsewhere. */
	static URI loopback(URI base) throws UnknownHostException {
		if (!"http".equals(base.getScheme()) || base.getHost() == null
				|| !InetAddress.getByName(base.getHost()).isLoopbackAddress()) {
			throw new IllegalArgumentException("The store to drive must be http on a loopback address");
		}
		return base;
	}

	static Result run(URI base, int buyers, Duration time, int maxOrders, List<String> pieces)
			throws InterruptedException {
		AtomicInteger tickets = new AtomicInteger(maxOrders);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
		AtomicLong lastEnd = new AtomicLong();
		CountDownLatch done = new CountDownLatch(buyers);
		long start = System.nanoTime();
		long deadline = start + time.toNanos();
		for (int i = 0; i < buyers; i++) {
			GuestBuyer buyer = new GuestBuyer(base, pieces.get(i % pieces.size()));
			Thread.ofPlatform().name("buyer-" + i).start(() -> {
				try {
					while (System.nanoTime() < deadline && tickets.getAndDecrement() > 0) {
						long began = System.nanoTime();
						try {
							buyer.placeOneOrder();
							latencies.add(System.nanoTime() - began);
						}
						catch (RuntimeException e) {
							failures.computeIfAbsent(GuestBuyer.kindOf(e), k -> new AtomicInteger()).incrementAndGet();
						}
						lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
					}
				}
				finally {
					buyer.close();
					done.countDown();
				}
			});
		}
		done.await();
		double seconds = (Math.max(lastEnd.get(), start + 1) - start) / 1e9;
		return new Result(new ArrayList<>(latencies), seconds, failures);
	}

	/** What a run measured. */
	record Result(List<Long> latencies, double seconds, Map<String, AtomicInteger> failures) {

		int orders() {
			return latencies.size();
		}

		double percentileMillis(double fraction) {
			if (latencies.isEmpty()) {
				return Double.NaN;
			}
			List<Long> sorted = new ArrayList<>(latencies);
			Collections.sort(sorted);
			int index = (int) Math.ceil(fraction * sorted.size()) - 1;
			return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
		}

		String line() {
			int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
			return String.format(Locale.ROOT, "orders=%d seconds=%.2f per_second=%.2f p50_ms=%.1f p99_ms=%.1f failures=%d%s",
					orders(), seconds, orders() / seconds, percentileMillis(0.50), percentileMillis(0.99), failed,
					failed == 0 ? "" : " " + failures);
		}
	}
}

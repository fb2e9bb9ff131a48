package com.wtigg.store.analytics.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn as inline SVG by the server (no script, no CDN), with the same numbers in a
 * table beside it. Geometry in a 600 × 200 view box; bars grow up from the baseline.
 *
 * @param values the numbers shown, in the order of {@code labels}
 * @param percent whether the values are shares from 0 to 1, shown as percentages
 */
public record Chart(String id, List<String> labels, List<Double> values, boolean percent) {

	static final int WIDTH = 600;

	static final int HEIGHT = 200;

	/** One bar's place in the view box. */
	public record Bar(String label, String shown, double x, double y, double width, double height) {
	}

	public List<Bar> bars() {
		double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double top = percent ? Math.max(max, 0.01) : Math.max(max, 1);
		double slot = labels.isEmpty() ? WIDTH : (double) WIDTH / labels.size();
		List<Bar> bars = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			double height = values.get(i) / top * (HEIGHT - 10);
			bars.add(new Bar(labels.get(i), shown(values.get(i)), i * slot + slot * 0.1, HEIGHT - height, slot * 0.8,
					height));
		}
		return bars;
	}

	public String shown(double value) {
		return percent ? String.format(java.util.Locale.ROOT, "%.1f %%", value * 100) : String.valueOf(Math.round(value));
	}

	public boolean empty() {
		return values.stream().allMatch(v -> v == 0);
	}
}

package com.wtigg.store.catalog.domain;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param number the page shown, from 1
 * @param total how many items the whole listing holds
 */
public record PageOf<T>(List<T> items, int number, int size, int total) {

	public static <T> PageOf<T> of(List<T> all, int number, int size) {
		int pages = Math.max(1, (all.size() + size - 1) / size);
		int shown = Math.min(Math.max(number, 1), pages);
		int from = (shown - 1) * size;
		return new PageOf<>(List.copyOf(all.subList(from, Math.min(all.size(), from + size))), shown, size, all.size());
	}

	public int pages() {
		return Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}
}

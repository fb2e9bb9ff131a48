package com.wtigg.store.support.screenshot;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Signs that a file is more than one image: bytes after the image's own end, a ZIP archive's
 * headers, or markup a browser would run (a polyglot made to be opened as something else).
 */
final class Hidden {

	/** The signature of a ZIP archive's end-of-central-directory record, which every ZIP reader looks for. */
	private static final byte[] ZIP_DIRECTORY = { 'P', 'K', 5, 6 };

	private static final int EDGE = 4096;

	private static final List<String> MARKUP = List.of("<html", "<script", "<svg", "<!doctype", "<iframe", "<body",
			"<object", "<embed", "<?php");

	private Hidden() {
	}

	/** Whether the file ends exactly where its image's structure says the image ends. */
	static boolean endsWhereImageEnds(byte[] data, ImageFormat format) {
		return switch (format) {
			case PNG -> pngEnd(data) == data.length;
			case JPEG -> data.length >= 4 && (data[data.length - 2] & 0xFF) == 0xFF && (data[data.length - 1] & 0xFF) == 0xD9;
			case WEBP -> {
				long size = (data[4] & 0xFFL) | (data[5] & 0xFFL) << 8 | (data[6] & 0xFFL) << 16 | (data[7] & 0xFFL) << 24;
				yield size + 8 == data.length || size + 9 == data.length && size % 2 == 1;
			}
		};
	}

	/** Where the PNG's IEND chunk ends, walking its chunks; -1 when the chunks do not add up. */
	private static long pngEnd(byte[] data) {
		long offset = 8;
		while (offset + 12 <= data.length) {
			int at = (int) offset;
			long length = (data[at] & 0xFFL) << 24 | (data[at + 1] & 0xFFL) << 16 | (data[at + 2] & 0xFFL) << 8
					| data[at + 3] & 0xFFL;
			long end = offset + 12 + length;
			if (length > Integer.MAX_VALUE || end > data.length) {
				return -1;
			}
			if (ImageFormat.ascii(data, at + 4, "IEND")) {
				return end;
			}
			offset = end;
		}
		return -1;
	}

	/**
	 * Whether a ZIP archive's directory or active markup is in the places a reader of another kind
	 * would look: the start and end of the file (browsers sniff the start; ZIP readers find their
	 * directory near the end) and, in a PNG, every chunk but the compressed pixels. The pixels
	 * themselves are not searched: compressed data holds any short byte string by chance.
	 */
	static boolean carriesArchiveOrMarkup(byte[] data, ImageFormat format) {
		int zipWindow = Math.max(0, data.length - 65_557);
		if (indexOf(data, ZIP_DIRECTORY, zipWindow, data.length) >= 0) {
			return true;
		}
		if (markup(data, 0, Math.min(data.length, EDGE)) || markup(data, Math.max(0, data.length - EDGE), data.length)) {
			return true;
		}
		return format == ImageFormat.PNG && pngTextChunksCarryMarkup(data);
	}

	private static boolean pngTextChunksCarryMarkup(byte[] data) {
		long offset = 8;
		while (offset + 12 <= data.length) {
			int at = (int) offset;
			long length = (data[at] & 0xFFL) << 24 | (data[at + 1] & 0xFFL) << 16 | (data[at + 2] & 0xFFL) << 8
					| data[at + 3] & 0xFFL;
			long end = offset + 12 + length;
			if (end > data.length) {
				return false;
			}
			if (!ImageFormat.ascii(data, at + 4, "IDAT") && markup(data, at + 8, (int) (end - 4))) {
				return true;
			}
			offset = end;
		}
		return false;
	}

	private static boolean markup(byte[] data, int from, int to) {
		String text = new String(data, from, to - from, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		return MARKUP.stream().anyMatch(text::contains);
	}

	/** Whether a file that is no image at all is an SVG drawing (refused with its own message). */
	static boolean looksLikeSvg(byte[] data) {
		String start = new String(data, 0, Math.min(data.length, 4096), StandardCharsets.ISO_8859_1)
			.toLowerCase(Locale.ROOT);
		return start.stripLeading().startsWith("<") && start.contains("<svg")
				|| start.startsWith("\u00ef\u00bb\u00bf") && start.contains("<svg");
	}

	private static int indexOf(byte[] data, byte[] pattern, int from, int to) {
		outer: for (int i = from; i + pattern.length <= to; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}

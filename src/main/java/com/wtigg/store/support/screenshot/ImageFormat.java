package com.wtigg.store.support.screenshot;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The image formats a screenshot may have, recognised by their first bytes (never by name), with
 * the file name endings that go with each and the format the store re-encodes it to.
 */
enum ImageFormat {

	PNG("png", Set.of("png"), "png", "image/png"),
	JPEG("jpeg", Set.of("jpg", "jpeg", "jpe", "jfif"), "jpeg", "image/jpeg"),
	WEBP("webp", Set.of("webp"), "png", "image/png");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	final String readerName;

	final Set<String> extensions;

	final String writerName;

	final String storedType;

	ImageFormat(String readerName, Set<String> extensions, String writerName, String storedType) {
		this.readerName = readerName;
		this.extensions = extensions;
		this.writerName = writerName;
		this.storedType = storedType;
	}

	/** The format the content starts like, if any of the three. */
	static Optional<ImageFormat> sniff(byte[] data) {
		if (data.length >= 8 && Arrays.equals(data, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		if (data.length >= 3 && (data[0] & 0xFF) == 0xFF && (data[1] & 0xFF) == 0xD8 && (data[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (data.length >= 12 && ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	static boolean ascii(byte[] data, int offset, String text) {
		if (data.length < offset + text.length()) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (data[offset + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}

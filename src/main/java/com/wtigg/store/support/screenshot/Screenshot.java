package com.wtigg.store.support.screenshot;

/**
 * A screenshot that passed the check: re-encoded from its decoded pixels, so it carries no
 * metadata of the original (GPS position, camera serial, comments) and nothing appended to it.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}
 */
public record Screenshot(byte[] bytes, String contentType, int width, int height) {

	/** The name a download is given: nothing of the name the person's file had. */
	public String fileName(int position) {
		return "screenshot-" + position + ("image/png".equals(contentType) ? ".png" : ".jpg");
	}

	@Override
	public String toString() {
		return "Screenshot[" + contentType + " " + width + "x" + height + "]";
	}
}

package com.wtigg.store.support.screenshot;

import java.util.Optional;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored screenshot is handed out: always as a download ({@code Content-Disposition:
 * attachment}), never sniffed as another type ({@code nosniff}), never kept in a shared cache.
 */
public final class ScreenshotDownload {

	private ScreenshotDownload() {
	}

	public static ResponseEntity<byte[]> of(Screenshot shot, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(shot.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(shot.bytes());
	}

	/** An attachment's id as it appears in a path, if it is one. */
	public static Optional<UUID> id(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}

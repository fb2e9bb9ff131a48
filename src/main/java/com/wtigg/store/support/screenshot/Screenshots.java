package com.wtigg.store.support.screenshot;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The store's screenshot check, with its pixel bound ({@code store.support.max-pixels}) and at most
 * two decodings at a time, so that a burst of large uploads cannot take all the memory.
 */
@Component
public class Screenshots {

	/** How many screenshots one message may carry. */
	public static final int MAX_COUNT = 5;

	private final ScreenshotCheck check;

	private final Semaphore decoding = new Semaphore(2, true);

	Screenshots(@Value("${store.support.max-pixels:40000000}") long maxPixels) {
		this.check = new ScreenshotCheck(maxPixels);
	}

	/** The re-encoded screenshot, or why the file is refused. */
	public Screenshot check(byte[] data, @Nullable String fileName) throws ScreenshotRefused {
		try {
			if (!decoding.tryAcquire(30, TimeUnit.SECONDS)) {
				throw new ScreenshotRefused("support.file.busy");
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ScreenshotRefused("support.file.busy");
		}
		try {
			return check.check(data, fileName);
		}
		finally {
			decoding.release();
		}
	}
}

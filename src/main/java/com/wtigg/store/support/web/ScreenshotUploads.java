package com.wtigg.store.support.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.wtigg.store.shared.web.FormErrors;
import com.wtigg.store.support.screenshot.Screenshot;
import com.wtigg.store.support.screenshot.ScreenshotCheck;
import com.wtigg.store.support.screenshot.ScreenshotRefused;
import com.wtigg.store.support.screenshot.Screenshots;

/**
 * The files of a support form: the empty part a browser sends when no file was chosen is left
 * out; anything else must pass the screenshot check, at most five of them.
 */
@Component
class ScreenshotUploads {

	static final String FIELD = "screenshots";

	private final Screenshots screenshots;

	ScreenshotUploads(Screenshots screenshots) {
		this.screenshots = screenshots;
	}

	/** The re-encoded screenshots; a problem goes on {@code errors}, naming the file by its place. */
	List<Screenshot> check(List<MultipartFile> files, FormErrors errors) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty()))).toList();
		if (chosen.size() > Screenshots.MAX_COUNT) {
			errors.add(FIELD, "support.file.tooMany", Screenshots.MAX_COUNT);
			return List.of();
		}
		List<Screenshot> checked = new ArrayList<>();
		for (int i = 0; i < chosen.size(); i++) {
			MultipartFile file = chosen.get(i);
			try {
				if (file.getSize() > ScreenshotCheck.MAX_BYTES) {
					throw new IOException("too large");
				}
				checked.add(screenshots.check(file.getBytes(), file.getOriginalFilename()));
			}
			catch (ScreenshotRefused refused) {
				errors.add(FIELD, refused.messageKey(), i + 1);
			}
			catch (IOException e) {
				errors.add(FIELD, "support.file.tooLarge", i + 1);
			}
		}
		return checked;
	}
}

package com.wtigg.store.privacy.center;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The privacy policy in force, read once from {@code policy/privacy-policy.txt} and split into
 * headings ("1. Information We Collect"), list items ("• ...") and paragraphs for the page.
 */
@Component
public class PolicyText {

	/** One block of the policy: {@code h} a heading, {@code li} a list item, {@code p} a paragraph. */
	public record Block(String kind, String text) {
	}

	private final List<Block> blocks;

	PolicyText() {
		try (InputStream in = new ClassPathResource("policy/privacy-policy.txt").getInputStream()) {
			blocks = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException("The privacy policy's text is missing", e);
		}
	}

	List<Block> blocks() {
		return blocks;
	}

	static List<Block> parse(String text) {
		List<Block> blocks = new ArrayList<>();
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (line.startsWith("•")) {
				blocks.add(new Block("li", line.substring(1).strip()));
			}
			else if (line.matches("\\d{1,2}\\.\\s+\\S.{0,80}") && !line.endsWith(".")) {
				blocks.add(new Block("h", line));
			}
			else {
				blocks.add(new Block("p", line));
			}
		}
		return List.copyOf(blocks);
	}
}

package com.wtigg.store.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Addresses of static files with their content hash, so browsers may cache them for a year, and
 * their Subresource Integrity hashes, computed from the bytes that are served.
 */
public class Assets {

	private final ResourceUrlProvider urls;

	private final Map<String, String> resolved = new ConcurrentHashMap<>();

	private final Map<String, String> integrities = new ConcurrentHashMap<>();

	Assets(ResourceUrlProvider urls) {
		this.urls = urls;
	}

	/**
	 * The file's address with its content hash. Asked before the resource handlers are known (at
	 * start-up, say), the plain address is given and not remembered, so later pages get the hash.
	 */
	public String url(String path) {
		String known = resolved.get(path);
		if (known != null) {
			return known;
		}
		String versioned = urls.getForLookupPath(path);
		if (versioned == null) {
			return path;
		}
		resolved.put(path, versioned);
		return versioned;
	}

	/**
	 * The Subresource Integrity value of a static file or webjar file ({@code sha384-} and the
	 * Base64 of its SHA-384), read once from the file the store serves at that address.
	 *
	 * @throws IllegalArgumentException when the store serves no such file
	 */
	public String integrity(String path) {
		return integrities.computeIfAbsent(path, Assets::sha384);
	}

	private static String sha384(String path) {
		String location = path.startsWith("/webjars/") ? "META-INF/resources" + path : "static" + path;
		ClassPathResource file = new ClassPathResource(location);
		if (!file.exists()) {
			throw new IllegalArgumentException("no static file " + path);
		}
		try (InputStream in = file.getInputStream()) {
			byte[] digest = MessageDigest.getInstance("SHA-384").digest(in.readAllBytes());
			return "sha384-" + Base64.getEncoder().encodeToString(digest);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}

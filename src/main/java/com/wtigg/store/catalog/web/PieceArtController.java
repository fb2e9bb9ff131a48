package com.wtigg.store.catalog.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import com.wtigg.store.catalog.domain.Colour;
import com.wtigg.store.catalog.domain.Piece;
import com.wtigg.store.catalog.persistence.CatalogCache;
import com.wtigg.store.shared.web.NotFoundException;

/**
 * The illustration of a piece: the drawing of its kind, in its jade's colours.
 */
@Controller
class PieceArtController {

	private final CatalogCache catalog;

	private final Map<String, String> drawings = new ConcurrentHashMap<>();

	PieceArtController(CatalogCache catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/media/pieces/{slug}.svg")
	ResponseEntity<String> illustration(@PathVariable String slug, WebRequest request) {
		Piece piece = catalog.current().piece(slug).orElseThrow(NotFoundException::new);
		Colour colour = piece.colour();
		String etag = "\"" + piece.category().slug() + "-" + colour.key() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		String svg = drawing(piece.category().slug())
			.replace("{{base}}", colour.base())
			.replace("{{shade}}", colour.shade())
			.replace("{{light}}", colour.light());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.eTag(etag)
			.body(svg);
	}

	private String drawing(String kind) {
		return drawings.computeIfAbsent(kind, k -> {
			try (InputStream in = new ClassPathResource("catalog/art/" + k + ".svg").getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException e) {
				throw new NotFoundException();
			}
		});
	}
}

package com.wtigg.store.cart.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import com.wtigg.store.cart.domain.CartLine;
import com.wtigg.store.cart.domain.CartNote;
import com.wtigg.store.cart.domain.CartView;
import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.catalog.CatalogItem;

/**
 * Carries what a cart form did to the cart page it redirects to, in the address
 * ({@code /cart?note=limited&piece=12}) rather than in a server session, so any node can show it
 * and no session cookie is needed. The page rebuilds the message from the cart and the catalog,
 * so nothing in the address is shown as typed.
 */
final class NoteAfterRedirect {

	private static final String PREFIX = "cart.note.";

	private static final Set<String> KINDS = Set.of("added", "limited", "alreadyAll", "soldOut", "gone", "unknownPiece");

	private NoteAfterRedirect() {
	}

	/** The cart page's address carrying the note, or the plain address if the note cannot travel. */
	static String cartUrl(CartNote note, Long pieceId) {
		String kind = note.key().startsWith(PREFIX) ? note.key().substring(PREFIX.length()) : "";
		if (!KINDS.contains(kind)) {
			return "/cart";
		}
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/cart").queryParam("note", kind);
		if (pieceId != null) {
			url.queryParam("piece", pieceId);
		}
		return url.build().toUriString();
	}

	/** The note named in the cart page's address, if it makes sense for this cart. */
	static Optional<CartNote> read(String kind, String piece, CartView cart, CatalogApi catalog) {
		if (kind == null || !KINDS.contains(kind)) {
			return Optional.empty();
		}
		if (kind.equals("gone") || kind.equals("unknownPiece")) {
			return Optional.of(new CartNote(PREFIX + kind));
		}
		Optional<Long> pieceId = Quantity.parseId(piece);
		if (pieceId.isEmpty()) {
			return Optional.empty();
		}
		Optional<CartLine> line = cart.lines().stream().filter(l -> l.item().id() == pieceId.get()).findFirst();
		if (kind.equals("soldOut")) {
			return Optional.ofNullable(catalog.items(List.of(pieceId.get())).get(pieceId.get()))
				.map(CatalogItem::name)
				.map(name -> new CartNote(PREFIX + kind, name));
		}
		return line.map(l -> kind.equals("added") ? new CartNote(PREFIX + kind, l.item().name())
				: new CartNote(PREFIX + kind, l.item().name(), l.quantity()));
	}
}

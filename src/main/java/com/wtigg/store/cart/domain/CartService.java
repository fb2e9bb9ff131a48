package com.wtigg.store.cart.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wtigg.store.cart.CartApi;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.SignedIn;
import com.wtigg.store.cart.persistence.CartRepository;
import com.wtigg.store.cart.persistence.CartRepository.Line;
import com.wtigg.store.catalog.CatalogApi;
import com.wtigg.store.catalog.CatalogItem;

/**
 * Adds, changes and removes the pieces of a cart, never holding more of a piece than is in stock.
 */
@Service
@Transactional
public class CartService implements CartApi {

	/** The most of one piece a cart may hold, whatever the stock. */
	public static final int MAX_QUANTITY = 99;

	private final CartRepository carts;

	private final CatalogApi catalog;

	CartService(CartRepository carts, CatalogApi catalog) {
		this.carts = carts;
		this.catalog = catalog;
	}

	/** The result of adding to a cart: the cart (perhaps new), the piece's id if it exists, and what happened. */
	public record Added(UUID cart, Long pieceId, CartNote note) {
	}

	/**
	 * The cart a browser's cookie names, if this shopper may use it: a guest's cart, or the
	 * signed-in customer's own. Someone else's cart is never shown or changed.
	 */
	@Override
	@Transactional(readOnly = true)
	public Optional<UUID> usable(Optional<UUID> fromCookie) {
		Optional<SubjectId> shopper = SignedIn.current().map(SignedIn::subject);
		return fromCookie.filter(cart -> carts.usableBy(cart, shopper));
	}

	/**
	 * Adds a piece; the quantity is cut to what stock allows beyond what the cart already holds.
	 *
	 * @param cart the shopper's cart, or empty to start one
	 */
	public Added add(Optional<UUID> cart, String slug, int quantity) {
		CatalogItem item = catalog.item(slug).orElse(null);
		if (item == null) {
			return new Added(cart.orElse(null), null, new CartNote("cart.note.unknownPiece"));
		}
		if (item.soldOut()) {
			return new Added(cart.orElse(null), item.id(), new CartNote("cart.note.soldOut", item.name()));
		}
		// a signed-in customer shops in their own cart, which stays with the account
		Optional<SubjectId> shopper = SignedIn.current().map(SignedIn::subject);
		UUID id = cart.filter(c -> carts.usableBy(c, shopper)).or(() -> shopper.flatMap(carts::ownedBy))
			.orElseGet(carts::create);
		shopper.ifPresent(s -> carts.claim(id, s));
		int held = carts.lines(id).stream().filter(l -> l.pieceId() == item.id()).mapToInt(Line::quantity).sum();
		int allowed = Math.min(item.stock(), MAX_QUANTITY);
		int wanted = held + Math.max(quantity, 1);
		if (held >= allowed) {
			return new Added(id, item.id(), new CartNote("cart.note.alreadyAll", item.name(), held));
		}
		carts.setQuantity(id, item.id(), Math.min(wanted, allowed));
		if (wanted > allowed) {
			return new Added(id, item.id(), new CartNote("cart.note.limited", item.name(), allowed));
		}
		return new Added(id, item.id(), new CartNote("cart.note.added", item.name()));
	}

	/** Sets how many of a piece the cart holds; 0 removes it, more than stock is cut to stock. */
	public CartView setQuantity(UUID cart, long pieceId, int quantity) {
		CatalogItem item = catalog.items(List.of(pieceId)).get(pieceId);
		if (item == null || quantity <= 0) {
			carts.setQuantity(cart, pieceId, 0);
			return view(cart);
		}
		int allowed = Math.min(item.stock(), MAX_QUANTITY);
		carts.setQuantity(cart, pieceId, Math.min(quantity, allowed));
		CartView view = view(cart);
		return quantity > allowed ? view.withNote(new CartNote("cart.note.limited", item.name(), allowed)) : view;
	}

	public CartView remove(UUID cart, long pieceId) {
		carts.setQuantity(cart, pieceId, 0);
		return view(cart);
	}

	/** The cart checked against current stock: lines beyond stock are cut, sold-out pieces removed. */
	public CartView view(UUID cart) {
		List<Line> lines = carts.lines(cart);
		if (lines.isEmpty()) {
			return CartView.empty();
		}
		Map<Long, CatalogItem> items = catalog.items(lines.stream().map(Line::pieceId).toList());
		List<CartLine> shown = new ArrayList<>();
		List<CartNote> notes = new ArrayList<>();
		for (Line line : lines) {
			CatalogItem item = items.get(line.pieceId());
			if (item == null || item.soldOut()) {
				carts.setQuantity(cart, line.pieceId(), 0);
				notes.add(item == null ? new CartNote("cart.note.gone") : new CartNote("cart.note.soldOut", item.name()));
			}
			else if (line.quantity() > item.stock()) {
				carts.setQuantity(cart, line.pieceId(), item.stock());
				shown.add(new CartLine(item, item.stock()));
				notes.add(new CartNote("cart.note.limited", item.name(), item.stock()));
			}
			else {
				shown.add(new CartLine(item, line.quantity()));
			}
		}
		return new CartView(List.copyOf(shown), List.copyOf(notes));
	}

	@Override
	public UUID merge(UUID guestCart, UUID into) {
		if (guestCart.equals(into) || !carts.exists(guestCart)) {
			return into;
		}
		if (!carts.exists(into)) {
			return guestCart;
		}
		List<Line> guestLines = carts.lines(guestCart);
		Map<Long, CatalogItem> items = catalog.items(guestLines.stream().map(Line::pieceId).toList());
		Map<Long, Integer> held = new java.util.HashMap<>();
		carts.lines(into).forEach(l -> held.put(l.pieceId(), l.quantity()));
		for (Line line : guestLines) {
			CatalogItem item = items.get(line.pieceId());
			if (item != null) {
				int total = held.getOrDefault(line.pieceId(), 0) + line.quantity();
				carts.setQuantity(into, line.pieceId(), Math.min(total, Math.min(item.stock(), MAX_QUANTITY)));
			}
		}
		carts.delete(guestCart);
		return into;
	}

	@Override
	@Transactional
	public Optional<UUID> signedIn(Optional<UUID> guestCart, SubjectId customer) {
		Optional<UUID> guest = guestCart.filter(carts::guest);
		Optional<UUID> own = carts.ownedBy(customer);
		if (own.isPresent()) {
			guest.ifPresent(g -> merge(g, own.get()));
			return own;
		}
		guest.ifPresent(g -> carts.claim(g, customer));
		return guest;
	}

	@Override
	public Map<Long, Integer> contents(UUID cart) {
		Map<Long, Integer> contents = new java.util.LinkedHashMap<>();
		carts.lines(cart).forEach(line -> contents.put(line.pieceId(), line.quantity()));
		return contents;
	}

	@Override
	public void removeBought(UUID cart, Map<Long, Integer> bought) {
		Map<Long, Integer> held = new java.util.HashMap<>();
		carts.lines(cart).forEach(line -> held.put(line.pieceId(), line.quantity()));
		bought.forEach((piece, quantity) -> {
			Integer before = held.get(piece);
			if (before != null) {
				carts.setQuantity(cart, piece, Math.max(0, before - quantity));
			}
		});
	}

	@Override
	@Transactional(readOnly = true)
	public int itemCount(UUID cart) {
		return carts.itemCount(cart, SignedIn.current().map(SignedIn::subject));
	}
}

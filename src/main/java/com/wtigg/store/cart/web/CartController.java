package com.wtigg.store.cart.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import com.wtigg.store.cart.domain.CartNote;
import com.wtigg.store.cart.domain.CartService;
import com.wtigg.store.cart.domain.CartView;
import com.wtigg.store.catalog.CatalogApi;

/**
 * The cart page and its forms. Every form works without JavaScript (a post, then a redirect to
 * the cart); with htmx the same posts answer with the part of the page that changed.
 */
@Controller
class CartController {

	private final CartService carts;

	private final CatalogApi catalog;

	CartController(CartService carts, CatalogApi catalog) {
		this.carts = carts;
		this.catalog = catalog;
	}

	@GetMapping("/cart")
	String cart(@RequestParam(required = false) String note, @RequestParam(required = false) String piece,
			HttpServletRequest request, Model model) {
		CartView cart = carts.usable(CartCookie.read(request)).map(carts::view).orElse(CartView.empty());
		CartView shown = NoteAfterRedirect.read(note, piece, cart, catalog).map(cart::withNote).orElse(cart);
		model.addAttribute("cart", shown);
		return "cart/cart";
	}

	@PostMapping("/cart/items")
	String add(@RequestParam(defaultValue = "") String slug, @RequestParam(required = false) String quantity,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Integer> wanted = Quantity.parse(quantity == null ? "1" : quantity);
		Optional<UUID> cart = carts.usable(CartCookie.read(request));
		CartNote note;
		Long pieceId = null;
		if (wanted.isEmpty() || wanted.get() < 1) {
			note = new CartNote("cart.note.badQuantity", CartService.MAX_QUANTITY);
			response.setStatus(400);
		}
		else {
			CartService.Added added = carts.add(cart, slug, wanted.get());
			if (added.cart() != null && !cart.equals(Optional.of(added.cart()))) {
				CartCookie.write(request, response, added.cart());
			}
			cart = Optional.ofNullable(added.cart());
			note = added.note();
			pieceId = added.pieceId();
		}
		if (htmx != null) {
			model.addAttribute("note", note);
			model.addAttribute("count", cart.map(carts::itemCount).orElse(0));
			return "cart/added";
		}
		if (response.getStatus() == 400) {
			model.addAttribute("cart", cart.map(carts::view).orElse(CartView.empty()).withNote(note));
			return "cart/cart";
		}
		return "redirect:" + NoteAfterRedirect.cartUrl(note, pieceId);
	}

	@PostMapping("/cart/items/{pieceId}")
	String change(@PathVariable String pieceId, @RequestParam(defaultValue = "") String quantity,
			@RequestParam(defaultValue = "update") String action,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<UUID> cart = carts.usable(CartCookie.read(request));
		Optional<Long> piece = Quantity.parseId(pieceId);
		CartView view;
		if (cart.isEmpty() || piece.isEmpty()) {
			view = cart.map(carts::view).orElse(CartView.empty()).withNote(new CartNote("cart.note.gone"));
		}
		else if ("remove".equals(action)) {
			view = carts.remove(cart.get(), piece.get());
		}
		else {
			Optional<Integer> wanted = Quantity.parse(quantity);
			if (wanted.isEmpty()) {
				response.setStatus(400);
				view = carts.view(cart.get()).withNote(new CartNote("cart.note.badQuantity", CartService.MAX_QUANTITY));
			}
			else {
				view = carts.setQuantity(cart.get(), piece.get(), wanted.get());
			}
		}
		if (htmx == null && response.getStatus() != 400) {
			return "redirect:" + view.notes().stream().findFirst()
				.map(note -> NoteAfterRedirect.cartUrl(note, piece.orElse(null)))
				.orElse("/cart");
		}
		model.addAttribute("cart", view);
		model.addAttribute("oob", htmx != null);
		return htmx != null ? "cart/body" : "cart/cart";
	}
}

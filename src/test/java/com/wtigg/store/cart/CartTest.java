package com.wtigg.store.cart;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

@StoreTest
@PolicyClause("SHOP-CART")
class CartTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CartApi carts;

	private String pieceWithStock(String condition) {
		return jdbc.sql("select slug from catalog_piece where " + condition + " order by id limit 1")
			.query(String.class).single();
	}

	private int stockOf(String slug) {
		return jdbc.sql("select stock from catalog_piece where slug = ?").param(slug).query(Integer.class).single();
	}

	private long idOf(String slug) {
		return jdbc.sql("select id from catalog_piece where slug = ?").param(slug).query(Long.class).single();
	}

	private Cookie add(Cookie cart, String slug, String quantity) {
		var request = mvc.post().uri("/cart/items").with(csrf()).param("slug", slug).param("quantity", quantity);
		if (cart != null) {
			request = request.cookie(cart);
		}
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus3xxRedirection();
		assertThat(result.getResponse().getRedirectedUrl()).startsWith("/cart");
		Cookie set = result.getResponse().getCookie("cart");
		return set != null ? set : cart;
	}

	private Document cartPage(Cookie cart) {
		MvcTestResult result = mvc.get().uri("/cart").cookie(cart).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	@Test
	void guestCartLivesInANecessaryCookie() {
		String slug = pieceWithStock("stock = 1");
		MvcTestResult result = mvc.post().uri("/cart/items").with(csrf()).param("slug", slug).param("quantity", "1").exchange();
		Cookie cookie = result.getResponse().getCookie("cart");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(UUID.fromString(cookie.getValue())).isNotNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).contains("SameSite=Lax");
		Document cart = cartPage(cookie);
		assertThat(cart.select(".cart-piece a").attr("href")).isEqualTo("/p/" + slug);
		assertThat(cart.select("#cart-count").text()).isEqualTo("1");
	}

	@Test
	void browsingMakesNoCart() {
		MvcTestResult result = mvc.get().uri("/c/bangles").exchange();
		assertThat(result.getResponse().getHeaders("Set-Cookie")).noneMatch(header -> header.startsWith("cart="));
	}

	@Test
	void oneOfAKindPieceCannotBeAddedTwice() {
		String slug = pieceWithStock("stock = 1");
		Cookie cart = add(null, slug, "1");
		add(cart, slug, "1");
		Document page = cartPage(cart);
		assertThat(page.select(".cart-table tbody tr")).hasSize(1);
		assertThat(page.select(".cart-table tbody tr td").get(1).text()).contains("1");
		assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isEqualTo(1);
	}

	@Test
	void quantityIsCutToStockWithANote() {
		String slug = pieceWithStock("stock > 1");
		int stock = stockOf(slug);
		MvcTestResult added = mvc.post().uri("/cart/items").with(csrf()).param("slug", slug)
			.param("quantity", String.valueOf(stock + 5)).exchange();
		assertThat(added).hasStatus3xxRedirection();
		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/cart?note=limited&piece=" + idOf(slug));
		assertThat(added.getRequest().getSession(false)).isNull();
		Cookie cart = added.getResponse().getCookie("cart");
		MvcTestResult shown = mvc.get().uri(added.getResponse().getRedirectedUrl()).cookie(cart).exchange();
		Document page = Html.parse(shown);
		assertThat(page.select(".notes").text()).contains("Only " + stock);
		assertThat(page.select("input[name=quantity]").val()).isEqualTo(String.valueOf(stock));
		MvcTestResult changed = mvc.post().uri("/cart/items/" + idOf(slug)).with(csrf()).cookie(cart)
			.param("quantity", "9999").param("action", "update").exchange();
		assertThat(changed).hasStatus3xxRedirection();
		assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isEqualTo(stock);
	}

	@Test
	void notesInTheAddressAreRebuiltNotEchoed() {
		String slug = pieceWithStock("stock > 1");
		Cookie cart = add(null, slug, "1");
		for (String forged : new String[] { "?note=<script>x</script>&piece=1", "?note=limited&piece=abc",
				"?note=limited&piece=999999", "?note=added" }) {
			MvcTestResult result = mvc.get().uri("/cart" + forged).cookie(cart).exchange();
			assertThat(result).hasStatusOk();
			assertThat(Html.parse(result).select(".notes")).isEmpty();
		}
		MvcTestResult added = mvc.get().uri("/cart?note=added&piece=" + idOf(slug)).cookie(cart).exchange();
		assertThat(Html.parse(added).select(".notes").text()).endsWith("is in your cart.");
	}

	@Test
	void soldOutPieceIsNotAdded() {
		String slug = pieceWithStock("stock = 0");
		MvcTestResult result = mvc.post().uri("/cart/items").with(csrf()).param("slug", slug).param("quantity", "1").exchange();
		assertThat(result.getResponse().getCookie("cart")).isNull();
	}

	@Test
	void pieceThatSellsOutLeavesTheCartWithANote() {
		String slug = pieceWithStock("stock > 2");
		Cookie cart = add(null, slug, "2");
		jdbc.sql("update catalog_piece set stock = 1 where slug = ?").param(slug).update();
		try {
			Document page = cartPage(cart);
			assertThat(page.select(".notes").text()).contains("Only 1");
			assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isEqualTo(1);
		}
		finally {
			jdbc.sql("update catalog_piece set stock = ? where slug = ?").params(stockOf(slug) + 2, slug).update();
		}
	}

	@Test
	void removingAndSettingZeroEmptyTheCart() {
		String slug = pieceWithStock("stock > 1");
		Cookie cart = add(null, slug, "2");
		assertThat(mvc.post().uri("/cart/items/" + idOf(slug)).with(csrf()).cookie(cart).param("action", "remove").exchange())
			.hasStatus3xxRedirection();
		assertThat(cartPage(cart).select(".empty").text()).isEqualTo("Your cart is empty.");
		add(cart, slug, "2");
		mvc.post().uri("/cart/items/" + idOf(slug)).with(csrf()).cookie(cart).param("quantity", "0").exchange();
		assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isZero();
	}

	@Test
	void htmxGetsOnlyTheChangedPart() {
		String slug = pieceWithStock("stock = 1");
		MvcTestResult result = mvc.post().uri("/cart/items").with(csrf()).header("HX-Request", "true")
			.param("slug", slug).param("quantity", "1").exchange();
		assertThat(result).hasStatusOk();
		Document fragment = Html.parse(result);
		assertThat(fragment.select("header")).isEmpty();
		assertThat(fragment.select("#cart-count[hx-swap-oob]").text()).isEqualTo("1");
		assertThat(fragment.text()).contains("is in your cart");
	}

	@Test
	void badQuantitiesAreExplainedAndChangeNothing() {
		String slug = pieceWithStock("stock > 1");
		Cookie cart = add(null, slug, "1");
		for (String bad : new String[] { "abc", "-3", "1.5", "", "99999999999" }) {
			MvcTestResult result = mvc.post().uri("/cart/items").with(csrf()).cookie(cart).param("slug", slug).param("quantity", bad)
				.exchange();
			assertThat(result).hasStatus(400);
			assertThat(Html.parse(result).select(".notes").text()).contains("Enter a whole number from 1 to 99");
		}
		assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isEqualTo(1);
		MvcTestResult update = mvc.post().uri("/cart/items/" + idOf(slug)).with(csrf()).cookie(cart).param("quantity", "lots").exchange();
		assertThat(update).hasStatus(400);
		assertThat(carts.itemCount(UUID.fromString(cart.getValue()))).isEqualTo(1);
	}

	@Test
	void forgedCartCookiesAndUnknownPiecesAreHarmless() {
		assertThat(mvc.get().uri("/cart").cookie(new Cookie("cart", "not-a-uuid")).exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/cart").cookie(new Cookie("cart", UUID.randomUUID().toString())).exchange())
			.hasStatusOk();
		assertThat(mvc.post().uri("/cart/items/abc").with(csrf()).cookie(new Cookie("cart", UUID.randomUUID().toString()))
			.param("quantity", "1").exchange()).hasStatus3xxRedirection();
		MvcTestResult unknown = mvc.post().uri("/cart/items").with(csrf()).param("slug", "no-such-piece").param("quantity", "1")
			.exchange();
		assertThat(unknown.getResponse().getCookie("cart")).isNull();
	}

	@Test
	void guestCartMergesIntoAnotherCartWithinStock() {
		String unique = pieceWithStock("stock = 1");
		String several = pieceWithStock("stock > 2");
		int stock = stockOf(several);
		Cookie guest = add(null, unique, "1");
		add(guest, several, String.valueOf(stock - 1));
		Cookie customer = add(null, unique, "1");
		add(customer, several, "2");
		UUID merged = carts.merge(UUID.fromString(guest.getValue()), UUID.fromString(customer.getValue()));
		assertThat(merged).isEqualTo(UUID.fromString(customer.getValue()));
		assertThat(carts.itemCount(merged)).isEqualTo(1 + stock);
		assertThat(carts.itemCount(UUID.fromString(guest.getValue()))).isZero();
	}
}

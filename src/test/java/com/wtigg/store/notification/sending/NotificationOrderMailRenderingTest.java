package com.wtigg.store.notification.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.env.MockEnvironment;

import com.wtigg.store.PolicyClause;
import com.wtigg.store.ordering.OrderMail.OrderRefunded;
import com.wtigg.store.ordering.OrderMail.OrderShipped;
import com.wtigg.store.ordering.OrderMailView;
import com.wtigg.store.shared.LocalizedText;
import com.wtigg.store.shared.Money;
import com.wtigg.store.shared.StoreIdentity;
import com.wtigg.store.shared.SubjectId;

/**
 * The order mails as their templates write them, in both languages, without the application.
 */
class NotificationOrderMailRenderingTest {

	static final String BASE = "https://shop.example";

	static final StoreIdentity STORE = new StoreIdentity("WTIGG", "service@wtigg.com",
			"WTIGG, 188TH STREET, Flushing, NY 11355, United States");

	final MailLinks links = new MailLinks(NotificationLinksTest.settings(BASE), new MockEnvironment());

	final ResourceBundleMessageSource messages = messages();

	final MailRenderer renderer = new MailRenderer(TemplateEngine.createPrecompiled(ContentType.Html), messages,
			STORE, links, NotificationLinksTest.settings(BASE));

	final OrderLetters letters = new OrderLetters(links, messages);

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/mail");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	static OrderMailView order(Locale language, String name, LocalizedText piece, URI trackingLink) {
		List<OrderMailView.Line> lines = List.of(new OrderMailView.Line(piece, 1, Money.ofDollars("1280.00")),
				new OrderMailView.Line(new LocalizedText("Jade bead", "玉珠"), 3, Money.ofDollars("15.50")));
		return new OrderMailView("buyer@example.com", name, language, "W-2026-000123",
				Instant.parse("2026-12-01T15:30:00Z"), lines, Money.ofDollars("1326.50"), Money.ofDollars("25.00"),
				Money.ofDollars("1351.50"), "Express", "ups", "1Z999AA10123456784", trackingLink,
				"/account/orders/" + UUID.randomUUID());
	}

	static OrderMailView pendant(Locale language) {
		return order(language, "Ann Lee", new LocalizedText("Icy jadeite pendant", "冰种翡翠吊坠"), null);
	}

	@Test
	@PolicyClause("SHOP-CHECKOUT")
	void theConfirmationListsLinesPricesShippingAndTotalWithALinkToTheOrder() {
		OrderMailView order = pendant(Locale.ENGLISH);
		RenderedMail mail = renderer.render("orderConfirmed", letters.confirmed(order));

		assertThat(mail.subject()).isEqualTo("Your WTIGG order is confirmed");
		Document html = Jsoup.parse(mail.html());
		assertThat(html.select("html").attr("lang")).isEqualTo("en");
		assertThat(html.select("table.order-lines caption").text()).isEqualTo("Order W-2026-000123");
		assertThat(html.select("table.order-lines tbody tr").eachText())
			.containsExactly("Icy jadeite pendant 1 $1,280.00", "Jade bead 3 $15.50");
		assertThat(html.select("table.order-lines tfoot tr").eachText())
			.containsExactly("Subtotal $1,326.50", "Shipping (Express) $25.00", "Total $1,351.50");
		assertThat(html.select("main a").attr("href")).isEqualTo(BASE + order.orderPath());
		assertThat(html.select("footer").text()).contains("an order you placed at WTIGG", STORE.postalAddress(),
				STORE.contactEmail());
		assertThat(mail.text()).startsWith("Hello Ann Lee,\n")
			.contains("W-2026-000123", "Dec 1, 2026", "Icy jadeite pendant × 1: $1,280.00", "Jade bead × 3: $15.50",
					"Shipping (Express): $25.00", "Total: $1,351.50", BASE + order.orderPath(), BASE + "/privacy");
	}

	@Test
	@PolicyClause("SHOP-CHECKOUT")
	void theConfirmationIsWrittenInChineseWithTheChineseNamesOfThePieces() {
		OrderMailView order = pendant(Locale.SIMPLIFIED_CHINESE);
		RenderedMail mail = renderer.render("orderConfirmed", letters.confirmed(order));

		assertThat(mail.subject()).isEqualTo("您在 WTIGG 的订单已确认");
		Document html = Jsoup.parse(mail.html());
		assertThat(html.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(html.select("table.order-lines tbody th").eachText()).containsExactly("冰种翡翠吊坠", "玉珠");
		assertThat(html.select("table.order-lines tfoot tr").eachText()).contains("合计 $1,351.50");
		assertThat(mail.text()).startsWith("Ann Lee，您好：").contains("冰种翡翠吊坠 × 1：$1,280.00", "运费（Express）",
				"W-2026-000123", BASE + order.orderPath());
	}

	@Test
	void namesAreEscapedInTheHtmlPartAndKeptAsWrittenInTheText() {
		String name = "<script>alert('x')</script> & Co";
		OrderMailView order = order(Locale.ENGLISH, name, new LocalizedText("Pendant <b>\"Dragon\"</b>", "吊坠"), null);
		RenderedMail mail = renderer.render("orderConfirmed", letters.confirmed(order));

		assertThat(mail.html()).doesNotContain("<script>", "<b>");
		Document html = Jsoup.parse(mail.html());
		assertThat(html.select("script, main b")).isEmpty();
		assertThat(html.select("main p").first().text()).isEqualTo("Hello " + name + ",");
		assertThat(html.select("table.order-lines tbody th").first().text()).isEqualTo("Pendant <b>\"Dragon\"</b>");
		assertThat(mail.text()).contains("Pendant <b>\"Dragon\"</b> × 1");
	}

	@Test
	@PolicyClause("SHOP-ORDERS")
	void theShippingMailNamesTheCarrierTheTrackingNumberAndLinksToItsTrackingPage() {
		URI tracking = URI.create("https://www.ups.com/track?tracknum=1Z999AA10123456784");
		OrderMailView order = order(Locale.ENGLISH, "Bo", new LocalizedText("Bangle", "手镯"), tracking);
		OrderShipped event = new OrderShipped(UUID.randomUUID(), SubjectId.random(), "ups", "1Z999AA10123456784");
		RenderedMail mail = renderer.render("orderShipped", letters.shipped(event, order));

		assertThat(mail.subject()).isEqualTo("Your WTIGG order is on its way");
		Document html = Jsoup.parse(mail.html());
		assertThat(html.select("main").text()).contains("Carrier: UPS. Tracking number: 1Z999AA10123456784.");
		assertThat(html.select("main a").eachAttr("href")).containsExactly(tracking.toString(), BASE + order.orderPath());
		assertThat(mail.text()).contains("Track your parcel:\n" + tracking, "1Z999AA10123456784", "W-2026-000123");
	}

	@Test
	@PolicyClause("SHOP-ORDERS")
	void theShippingMailInChineseMakesAStorePathAbsolute() {
		OrderMailView order = order(Locale.SIMPLIFIED_CHINESE, "王伟", new LocalizedText("Bangle", "手镯"),
				URI.create("/shipping/track/SBX-1"));
		OrderShipped event = new OrderShipped(UUID.randomUUID(), SubjectId.random(), "sandbox", "SBX-1");
		RenderedMail mail = renderer.render("orderShipped", letters.shipped(event, order));

		assertThat(mail.subject()).isEqualTo("您在 WTIGG 的订单已发货");
		assertThat(mail.text()).contains("承运商：WTIGG 测试承运商。运单号：SBX-1。", "跟踪您的包裹:\n" + BASE + "/shipping/track/SBX-1");
	}

	@Test
	void aTrackingLinkThatIsNoWebAddressIsLeftOut() {
		OrderMailView order = order(Locale.ENGLISH, "Eve", new LocalizedText("Ring", "戒指"),
				URI.create("javascript:alert(1)"));
		OrderShipped event = new OrderShipped(UUID.randomUUID(), SubjectId.random(), "fedex", "7489");
		RenderedMail mail = renderer.render("orderShipped", letters.shipped(event, order));

		assertThat(Jsoup.parse(mail.html()).select("main a").eachAttr("href")).containsExactly(BASE + order.orderPath());
		assertThat(mail.text()).doesNotContain("javascript").contains("Carrier: FedEx. Tracking number: 7489.");
	}

	@Test
	void theRefundMailStatesTheAmountAndTheOrderNumberInBothLanguages() {
		OrderRefunded event = new OrderRefunded(UUID.randomUUID(), SubjectId.random(), Money.ofDollars("1280.00"), "r1");
		RenderedMail english = renderer.render("orderRefunded", letters.refunded(event, pendant(Locale.ENGLISH)));
		RenderedMail chinese = renderer.render("orderRefunded", letters.refunded(event, pendant(Locale.CHINESE)));

		assertThat(english.subject()).isEqualTo("Your WTIGG refund");
		assertThat(Jsoup.parse(english.html()).select("main").text())
			.contains("We refunded $1,280.00 for your order W-2026-000123");
		assertThat(english.text()).contains("We refunded $1,280.00 for your order W-2026-000123");
		assertThat(chinese.subject()).isEqualTo("您在 WTIGG 的退款");
		assertThat(chinese.text()).contains("我们已为您的订单 W-2026-000123 退款 $1,280.00");
	}
}

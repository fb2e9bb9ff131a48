package com.wtigg.store.shipping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;
import com.wtigg.store.customer.StaffFlows;
import com.wtigg.store.shared.SubjectId;
import com.wtigg.store.shared.security.StaffRole;

/**
 * The sandbox's public tracking page (status only) and the back office's printable label (for
 * fulfilment staff and admins, each view audited).
 */
@StoreTest
class ShippingPagesTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ShippingApi shipping;

	@Autowired
	JdbcClient jdbc;

	private static Authentication staff(StaffRole... roles) {
		return StaffFlows.staff(SubjectId.random(), roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
	}

	private Shipment shipped(SubjectId buyer) {
		return shipping.ship(ShippingSandboxTest.request(UUID.randomUUID(), buyer, "standard"));
	}

	@Test
	void theTrackingPageShowsTheStatusAndNoPersonalData() {
		Shipment shipment = shipped(SubjectId.random());
		MvcTestResult page = mvc.get().uri(shipment.trackingLink().toString()).exchange();
		assertThat(page).hasStatusOk();
		Document html = Html.parse(page);
		assertThat(html.selectFirst("#tracking-status").attr("data-status")).isEqualTo("created");
		assertThat(html.text()).contains(shipment.trackingNumber()).doesNotContain("Mei Lin", "Austin Street", "11375", "+17185550142");
	}

	@Test
	void aParcelIsInTransitAfterADayAndDeliveredAfterItsLongestTime() {
		Shipment shipment = shipped(SubjectId.random());
		setCreated(shipment, Instant.now().minus(2, ChronoUnit.DAYS));
		assertThat(status(shipment)).isEqualTo("transit");
		setCreated(shipment, Instant.now().minus(6, ChronoUnit.DAYS));
		assertThat(status(shipment)).isEqualTo("delivered");
	}

	private void setCreated(Shipment shipment, Instant at) {
		jdbc.sql("update shipment set created_at = ? where order_id = ?").params(java.sql.Timestamp.from(at), shipment.orderId()).update();
	}

	private String status(Shipment shipment) {
		return Html.parse(mvc.get().uri(shipment.trackingLink().toString()).exchange()).selectFirst("#tracking-status").attr("data-status");
	}

	@Test
	void theTrackingPageSpeaksChinese() {
		Shipment shipment = shipped(SubjectId.random());
		Document html = Html.parse(mvc.get().uri(shipment.trackingLink().toString()).header("Accept-Language", "zh-CN").exchange());
		assertThat(html.selectFirst("#tracking-status").text()).isEqualTo("已创建运单");
	}

	@Test
	void unknownOrMalformedTrackingNumbersAreNotFound() {
		assertThat(mvc.get().uri("/shipping/track/WT1Z000000000000").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/shipping/track/<script>").exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/shipping/track/1Z999AA10123456784").exchange()).hasStatus(404);
	}

	@Test
	@PolicyClause("SEC-ACCESS")
	void onlyFulfilmentStaffAndAdminsOpenALabel() {
		Shipment shipment = shipped(SubjectId.random());
		String label = shipment.labelPath();
		assertThat(mvc.get().uri(label).exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/account/login");
		assertThat(mvc.get().uri(label).with(authentication(StaffFlows.customer(SubjectId.random()))).exchange()).hasStatus(403);
		assertThat(mvc.get().uri(label).with(authentication(staff(StaffRole.SUPPORT_AGENT))).exchange()).hasStatus(403);
		assertThat(mvc.get().uri(label).with(authentication(staff(StaffRole.CATALOG_MANAGER))).exchange()).hasStatus(403);
		assertThat(mvc.get().uri("/admin/shipping").with(authentication(staff(StaffRole.SUPPORT_AGENT))).exchange()).hasStatus(403);
		assertThat(mvc.get().uri(label).with(authentication(staff(StaffRole.FULFILMENT))).exchange()).hasStatusOk();
		assertThat(mvc.get().uri(label).with(authentication(staff(StaffRole.ADMIN))).exchange()).hasStatusOk();
	}

	@Test
	void theLabelShowsRecipientOrderTrackingAndItsBarcode() throws Exception {
		SubjectId buyer = SubjectId.random();
		Shipment shipment = shipped(buyer);
		Document html = Html.parse(mvc.get().uri(shipment.labelPath()).with(authentication(staff(StaffRole.FULFILMENT))).exchange());
		assertThat(html.selectFirst("#recipient").text()).contains("Mei Lin", "42 Austin Street", "Apt 2", "Forest Hills, NY 11375", "US", "+17185550142");
		assertThat(html.selectFirst("#tracking-number").text()).isEqualTo(shipment.trackingNumber());
		assertThat(html.selectFirst("#order-number").text()).startsWith("WT-");
		assertThat(html.selectFirst("#tracking-barcode").attr("src")).startsWith("data:image/png;base64,");
		assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).anyMatch(href -> href.contains("label"));
		assertThat(mvc.get().uri("/css/label.css").exchange().getResponse().getContentAsString()).contains("@media print");
	}

	@Test
	void theLabelSpeaksChinese() {
		Shipment shipment = shipped(SubjectId.random());
		Document html = Html.parse(mvc.get().uri(shipment.labelPath()).header("Accept-Language", "zh-CN")
			.with(authentication(staff(StaffRole.ADMIN))).exchange());
		assertThat(html.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(html.selectFirst("#label-heading").text()).isEqualTo("运单标签");
		assertThat(html.selectFirst("#label-to").text()).isEqualTo("收件方");
	}

	@Test
	void viewingALabelIsAudited() {
		SubjectId buyer = SubjectId.random();
		Shipment shipment = shipped(buyer);
		SubjectId clerk = SubjectId.random();
		mvc.get().uri(shipment.labelPath()).with(authentication(StaffFlows.staff(clerk, Set.of(StaffRole.FULFILMENT)))).exchange();
		assertThat(jdbc.sql("select actor || ' ' || action || ' ' || purpose from audit_entry where subject_id = ?")
			.param(buyer.value()).query(String.class).list())
			.containsExactly("staff:" + clerk + " shipping.label.viewed fulfilment");
	}

	@Test
	void malformedOrUnknownLabelsAreNotFound() {
		Authentication clerk = staff(StaffRole.FULFILMENT);
		assertThat(mvc.get().uri("/admin/shipping/labels/not-an-id").with(authentication(clerk)).exchange()).hasStatus(404);
		assertThat(mvc.get().uri("/admin/shipping/labels/" + UUID.randomUUID()).with(authentication(clerk)).exchange()).hasStatus(404);
		Shipment sandbox = shipped(SubjectId.random());
		assertThat(mvc.get().uri(sandbox.labelPath() + "/carrier").with(authentication(clerk)).exchange()).hasStatus(404);
	}

	@Test
	void theShipmentsListLinksLabelsWithoutPersonalData() {
		Shipment shipment = shipped(SubjectId.random());
		Document html = Html.parse(mvc.get().uri("/admin/shipping").with(authentication(staff(StaffRole.FULFILMENT))).exchange());
		assertThat(html.select("a[href=" + shipment.labelPath() + "]")).hasSize(1);
		assertThat(html.select(".backoffice-menu a[href=/admin/shipping]")).hasSize(1);
		assertThat(html.text()).doesNotContain("Mei Lin", "Austin Street");
	}
}

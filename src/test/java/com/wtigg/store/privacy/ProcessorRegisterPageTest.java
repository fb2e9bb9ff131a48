package com.wtigg.store.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.wtigg.store.Html;
import com.wtigg.store.PolicyClause;
import com.wtigg.store.StoreTest;

/**
 * The register of processors, public in both languages: each processor's data, purpose, country,
 * transfer safeguards and the exact fields its integration sends.
 */
@StoreTest
@PolicyClause({ "SHR-PROCESSORS", "LOC-XBORDER" })
class ProcessorRegisterPageTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProcessorRegister register;

	private Document page(String language) {
		MvcTestResult result = mvc.get().uri("/privacy/processors").header("Accept-Language", language).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

	@Test
	void theRegisterListsTheCarriersAndAnalyticsWithTheirCountryAndSafeguards() {
		Document html = page("en");
		assertThat(html.select("#processors tbody tr").eachAttr("data-processor"))
			.contains("stripe", "paypal", "ups", "fedex", "google-analytics", "sandbox-carrier")
			.doesNotHaveDuplicates()
			.hasSize(register.processors().size());
		Element ups = html.selectFirst("#processor-ups");
		assertThat(ups.selectFirst("th").text()).contains("UPS");
		assertThat(ups.selectFirst(".processor-country").text()).isEqualTo("United States (US)");
		assertThat(ups.text()).contains("Data Privacy Framework", "Standard Contractual Clauses", "separate, explicit consent",
				"Contact details");
		assertThat(ups.select(".processor-fields code").eachText()).contains("ship:ShipmentRequest.Shipment.ShipTo.Name")
			.noneMatch(field -> field.toLowerCase().contains("email"));
		assertThat(html.selectFirst("#processor-google-analytics").text()).contains("truncated IP", "analytics consent");
		assertThat(html.select("#processors caption").text()).isEqualTo("Register of processors");
	}

	@Test
	void theRegisterSpeaksChinese() {
		Document html = page("zh-CN");
		assertThat(html.select("html").attr("lang")).isEqualTo("zh-CN");
		assertThat(html.selectFirst("h1").text()).isEqualTo("数据处理者与跨境传输");
		assertThat(html.selectFirst("#processor-fedex .processor-country").text()).isEqualTo("美国 (US)");
		assertThat(html.selectFirst("#processor-fedex").text()).contains("数据隐私框架", "单独、明示同意");
	}

	@Test
	void noCarrierMayBeSentAnEmail() {
		assertThat(register.processors()).filteredOn(p -> p.role() == Processor.ProcessorRole.SHIPPING)
			.isNotEmpty()
			.allSatisfy(p -> assertThat(p.fields()).noneMatch(f -> f.toLowerCase().contains("mail")));
	}

	@Test
	void everyEntryNamesItsCountryAndTransferSafeguards() {
		assertThat(register.processors()).allSatisfy(p -> {
			assertThat(p.country()).matches("[A-Z]{2}");
			assertThat(p.transferMechanisms()).isNotEmpty();
			assertThat(p.categories()).isNotEmpty();
		});
	}
}

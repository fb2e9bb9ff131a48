package com.wtigg.store.privacy.processors;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.wtigg.store.privacy.DataCategory;
import com.wtigg.store.privacy.Processor;
import com.wtigg.store.privacy.Processor.ProcessorRole;
import com.wtigg.store.privacy.ProcessorSource;
import com.wtigg.store.shared.LocalizedText;

/**
 * Google Analytics' entry of the register, declared here until the analytics module declares it:
 * with analytics consent only, it receives a truncated IP address, the pages viewed and facts
 * about the device and browser.
 */
@Component
class AnalyticsProcessors implements ProcessorSource {

	/** What the tag may send: Measurement Protocol parameters. */
	static final Set<String> FIELDS = Set.of("tid", "cid", "dl", "dt", "dr", "ul", "sr", "ua", "uip");

	@Override
	public List<Processor> processors() {
		return List.of(new Processor("google-analytics", "Google Analytics (Google LLC)", ProcessorRole.ANALYTICS,
				EnumSet.of(DataCategory.AUTOMATIC, DataCategory.IDENTIFIER), FIELDS,
				new LocalizedText("Measuring how the store is used, only with analytics consent: truncated IP address, pages viewed, device and browser",
						"仅在您同意分析类 Cookie 后衡量本店的使用情况：截断的 IP 地址、浏览的页面、设备和浏览器信息"),
				"US",
				List.of(new LocalizedText("EU: EU–US Data Privacy Framework (Google LLC is certified) and Standard Contractual Clauses",
						"欧盟：欧盟-美国数据隐私框架（Google LLC 已认证）及标准合同条款"),
						new LocalizedText("China: not used without the subject's separate, explicit consent",
								"中国：未经个人单独、明示同意不使用"))));
	}
}

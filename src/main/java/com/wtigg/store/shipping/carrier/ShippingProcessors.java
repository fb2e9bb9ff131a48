package com.wtigg.store.shipping.carrier;

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
 * The shipping module's entries of the processor register: UPS, FedEx and the built-in sandbox
 * carrier. A carrier receives the recipient's name, address and phone and the parcel's facts,
 * never the buyer's email.
 */
@Component
class ShippingProcessors implements ProcessorSource {

	private static final LocalizedText PURPOSE = new LocalizedText("Delivering orders: shipping rates, labels and tracking",
			"配送订单：运费报价、运单标签和物流跟踪");

	private static final List<LocalizedText> US_MECHANISMS = List.of(
			new LocalizedText("EU: EU–US Data Privacy Framework, with Standard Contractual Clauses as fallback",
					"欧盟：欧盟-美国数据隐私框架，并以标准合同条款作为后备"),
			new LocalizedText("China: the subject's separate, explicit consent before any transfer",
					"中国：任何传输前须取得个人的单独、明示同意"));

	private static final Set<DataCategory> CATEGORIES = EnumSet.of(DataCategory.CONTACT, DataCategory.PURCHASES);

	@Override
	public List<Processor> processors() {
		return List.of(
				new Processor("ups", "United Parcel Service (UPS)", ProcessorRole.SHIPPING, CATEGORIES, CarrierFields.UPS, PURPOSE,
						"US", US_MECHANISMS),
				new Processor("fedex", "FedEx", ProcessorRole.SHIPPING, CATEGORIES, CarrierFields.FEDEX, PURPOSE, "US", US_MECHANISMS),
				new Processor(SandboxCarrier.ID, "WTIGG sandbox carrier", ProcessorRole.SHIPPING, CATEGORIES, Set.of(),
						new LocalizedText("Testing delivery without a real carrier; nothing leaves the store",
								"在没有真实承运商的情况下测试配送；数据不离开本店"),
						"US", List.of(new LocalizedText("None needed: run by the store itself", "无需：由本店自行运行"))));
	}
}

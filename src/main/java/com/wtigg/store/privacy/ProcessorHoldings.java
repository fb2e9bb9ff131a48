package com.wtigg.store.privacy;

import java.util.List;

import com.wtigg.store.shared.SubjectId;

/**
 * Implemented by each module that sent a subject's data to a processor: under which of the
 * processor's own references (a PaymentIntent's id, a tracking number) it holds them, so that the
 * processor can be told of an erasure or a correction (GDPR Art. 19) without being sent the data.
 */
public interface ProcessorHoldings {

	List<Holding> heldBy(SubjectId subject);

	/**
	 * @param processor the register's id of the processor, such as {@code stripe}
	 * @param references the processor's own ids of the records, which name nobody by themselves
	 */
	record Holding(String processor, List<String> references) {
	}
}

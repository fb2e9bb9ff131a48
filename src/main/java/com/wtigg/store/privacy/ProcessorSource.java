package com.wtigg.store.privacy;

import java.util.List;

/**
 * Implemented by every module that sends personal data to a processor: it declares its entries of
 * the {@link ProcessorRegister}, and its integrations send only the fields an entry names.
 */
public interface ProcessorSource {

	List<Processor> processors();
}

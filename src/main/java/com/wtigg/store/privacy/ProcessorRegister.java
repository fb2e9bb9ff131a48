package com.wtigg.store.privacy;

import java.util.List;
import java.util.Optional;

/**
 * The register of processors (SHR-PROCESSORS, LOC-XBORDER), shown at {@code /privacy/processors}.
 */
public interface ProcessorRegister {

	List<Processor> processors();

	Optional<Processor> processor(String id);
}

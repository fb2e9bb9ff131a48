package com.wtigg.store.privacy.processors;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.wtigg.store.privacy.ProcessorRegister;

/**
 * The public page of the processor register (SHR-PROCESSORS, LOC-XBORDER): who receives
 * personal data on the store's behalf, what and why, where, under which transfer safeguards,
 * and the exact fields each integration may send.
 */
@Controller
class ProcessorRegisterController {

	private final ProcessorRegister register;

	ProcessorRegisterController(ProcessorRegister register) {
		this.register = register;
	}

	@GetMapping("/privacy/processors")
	String processors(Locale locale, Model model) {
		model.addAttribute("processors", register.processors().stream().map(p -> ProcessorRow.of(p, locale)).toList());
		return "privacy/processors";
	}
}

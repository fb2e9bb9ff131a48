package com.wtigg.store.shared.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Renders the views of Spring MVC with the precompiled JTE templates under {@code src/main/jte}:
 * the view {@code catalog/product} is the template {@code catalog/product.jte}.
 */
class JteViewResolver implements ViewResolver, Ordered {

	private final TemplateEngine templates;

	JteViewResolver(TemplateEngine templates) {
		this.templates = templates;
	}

	@Override
	public View resolveViewName(String viewName, Locale locale) {
		if (viewName.startsWith("redirect:") || viewName.startsWith("forward:")) {
			return null;
		}
		String template = viewName + ".jte";
		return templates.hasTemplate(template) ? new JteView(templates, template) : null;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 10;
	}

	private record JteView(TemplateEngine templates, String template) implements View {

		@Override
		public String getContentType() {
			return "text/html;charset=UTF-8";
		}

		@Override
		public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
				throws IOException {
			Utf8ByteOutput output = new Utf8ByteOutput();
			@SuppressWarnings("unchecked")
			Map<String, Object> params = (Map<String, Object>) model;
			templates.render(template, params, output);
			response.setContentType(getContentType());
			response.setContentLength(output.getContentLength());
			output.writeTo(response.getOutputStream());
		}
	}
}

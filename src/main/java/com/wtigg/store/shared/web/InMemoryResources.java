package com.wtigg.store.shared.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * Reads a static file into memory once; with the caching of the resource chain, later requests
 * are served from memory instead of from inside the application's jar.
 */
class InMemoryResources implements ResourceTransformer {

	@Override
	public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
			throws IOException {
		Resource transformed = chain.transform(request, resource);
		return transformed instanceof TransformedResource ? transformed
				: new TransformedResource(transformed, transformed.getContentAsByteArray());
	}
}

package com.wtigg.store.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The version of the privacy policy in force: every consent records it, so a later change of the
 * policy can tell who agreed to which text.
 *
 * @param version the policy's "Last Updated" date, such as {@code 2026-12-01}
 */
@ConfigurationProperties("store.policy")
public record PolicyVersion(@DefaultValue("2026-12-01") String version) {
}

package com.wtigg.store.customer.login;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import com.wtigg.store.shared.security.SecondFactor;
import com.wtigg.store.shared.security.StaffRole;

/**
 * Who may open what. The back office needs a staff member whose second factor is checked; each
 * back-office page narrows that to the roles it serves. Every state-changing request carries a
 * CSRF token from a cookie (so catalog pages stay cacheable and no session is made for guests).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain storeSecurity(HttpSecurity http, CsrfTokenRepository csrfTokens,
			SecurityContextRepository contexts, StoreAccessDenied accessDenied) throws Exception {
		// the error page a refused POST is forwarded to is not refused again
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
			.ignoringRequestMatchers(request -> request.getDispatcherType() == DispatcherType.ERROR)
			// payment processors' webhooks carry no browser's token: each is verified by its signature instead
			.ignoringRequestMatchers("/payment/webhooks/**")
			// analytics (issue 5): navigator.sendBeacon cannot send the token; the beacon endpoint takes
			// only same-origin JSON (which no other site's page can send without CORS) and the visitor's cookie
			.ignoringRequestMatchers("/analytics/beacon")
			// marketing: the one-click unsubscribe (RFC 8058) comes from mail clients without cookies; its token is the authority
			.ignoringRequestMatchers(request -> "POST".equals(request.getMethod())
					&& request.getServletPath().matches("/marketing/unsubscribe/[A-Za-z0-9_-]+")))
			.securityContext(context -> context.securityContextRepository(contexts))
			.authorizeHttpRequests(paths -> paths
				.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
				.requestMatchers("/admin/**").hasRole(StaffRole.STAFF)
				.requestMatchers("/account/second-factor/**").hasAuthority(SecondFactor.PENDING)
				.requestMatchers("/account/register/**", "/account/login", "/account/logout", "/account/verify/**", "/account/reset/**",
						"/staff/setup/**", "/staff/invite/**")
				.permitAll()
				.requestMatchers("/account/**").hasAnyRole(StaffRole.CUSTOMER, StaffRole.STAFF)
				.anyRequest().permitAll())
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(cache -> cache.disable())
			.exceptionHandling(errors -> errors.authenticationEntryPoint(accessDenied).accessDeniedHandler(accessDenied))
			.headers(headers -> headers.frameOptions(frames -> frames.deny()).contentTypeOptions(options -> { })
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
		return http.build();
	}

	/** The CSRF token lives in an HTTP-only cookie; under TLS its name carries the {@code __Host-} prefix. */
	@Bean
	CsrfTokenRepository csrfTokenRepository(@Value("${store.web.csrf-cookie:csrf}") String cookieName) {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(cookieName);
		tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return tokens;
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}
}

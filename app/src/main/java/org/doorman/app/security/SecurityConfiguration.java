package org.doorman.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.doorman.app.api.ProblemWriter;
import org.doorman.app.members.MemberCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. {@code /api/**}: stateless, bearer tokens, no CSRF, 401/403 as problem details; operator-only
 * endpoints are listed here, everything else needs a member. Everything else: the web app with form login (handle
 * and password), sessions and CSRF; {@code /}, health and the API docs are public.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String MEMBERS = "/api/v1/members";

    /**
     * Scripts only from the app's own files (no inline script, so injected markup cannot run), no framing. Styles
     * allow inline attributes because Swagger UI and the chart library set them; the pages themselves set none.
     */
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, OperatorSettings operator, MemberCredentials credentials)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, MEMBERS, "/api/v1/events")
                        .hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.PUT, "/api/v1/events/*/attendance")
                        .hasRole("OPERATOR")
                        .requestMatchers(
                                "/api/v1/webhooks",
                                "/api/v1/webhooks/**",
                                "/api/v1/senders",
                                "/api/v1/senders/**",
                                "/api/v1/operator/**")
                        .hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.DELETE, MEMBERS + "/*")
                        .hasRole("OPERATOR")
                        // The one-click unsubscribe link of the digest carries its own signature.
                        .requestMatchers("/api/v1/digest/unsubscribe")
                        .permitAll()
                        .anyRequest()
                        .hasRole("MEMBER"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new MemberCreationSwitch(operator), AnonymousAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(operator, credentials), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ProblemWriter.write(request, response, HttpStatus.UNAUTHORIZED, unauthorized(request));
                        })
                        .accessDeniedHandler((request, response, denied) -> ProblemWriter.write(
                                request,
                                response,
                                HttpStatus.FORBIDDEN,
                                "This token may not " + request.getMethod() + " " + request.getRequestURI() + ".")));
        return http.build();
    }

    /**
     * An address the firewall refuses (encoded slashes, backslashes, semicolons, percent signs, control characters)
     * answers a 400 problem like any other bad input, instead of an empty page.
     */
    @Bean
    RequestRejectedHandler requestRejected() {
        return (request, response, rejected) -> ProblemWriter.write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "This address contains characters Doorman does not accept in a path (such as an encoded slash,"
                        + " backslash, semicolon, percent sign or control character).");
    }

    /** Handle and password from the sign-in form; as a bean it also replaces Spring Boot's generated user. */
    @Bean
    AuthenticationProvider passwordSignIn(MemberCredentials credentials, OperatorSettings operator) {
        return new PasswordSignIn(credentials, operator);
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationProvider passwordSignIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/",
                                "/login",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/v3/api-docs",
                                "/v3/api-docs.yaml",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/operator", "/operator/**")
                        .hasRole("OPERATOR")
                        .anyRequest()
                        .hasRole("MEMBER"))
                .authenticationProvider(passwordSignIn)
                .formLogin(form -> form.loginPage("/")
                        .loginProcessingUrl("/login")
                        .usernameParameter("handle")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/inbox", true)
                        .failureUrl("/?error"))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frames -> frames.deny()));
        return http.build();
    }

    private static String unauthorized(HttpServletRequest request) {
        return request.getAttribute(BearerTokenFilter.REJECTED) != null
                ? "The bearer token is not valid."
                : "This call needs a token: send 'Authorization: Bearer <token>'.";
    }
}

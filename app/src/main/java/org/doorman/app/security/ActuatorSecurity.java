package org.doorman.app.security;

import org.doorman.app.api.ProblemWriter;
import org.doorman.app.members.MemberCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The filter chain of {@code /actuator/**}, before the two of {@link SecurityConfiguration}: health is public, every
 * other endpoint (today {@code /actuator/prometheus}) needs the operator's bearer token. Stateless, no CSRF; 401 without
 * a valid token and 403 for a member's, as problem details.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http, OperatorSettings operator, MemberCredentials credentials)
            throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .anyRequest()
                        .hasRole("OPERATOR"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(operator, credentials), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, failure) -> {
                            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
                            ProblemWriter.write(
                                    request,
                                    response,
                                    HttpStatus.UNAUTHORIZED,
                                    "This endpoint needs the operator's token: send 'Authorization: Bearer <token>'.");
                        })
                        .accessDeniedHandler((request, response, denied) -> ProblemWriter.write(
                                request, response, HttpStatus.FORBIDDEN, "Only the operator may read this endpoint.")));
        return http.build();
    }
}

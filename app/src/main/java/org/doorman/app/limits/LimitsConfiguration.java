package org.doorman.app.limits;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Rate limits: sign-in before Spring Security (a servlet filter), a member's calls before the controllers. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration implements WebMvcConfigurer {

    private final RateLimiter limiter;

    LimitsConfiguration(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Bean
    FilterRegistrationBean<SignInLimitFilter> signInLimitFilter() {
        var registration = new FilterRegistrationBean<>(new SignInLimitFilter(limiter));
        registration.addUrlPatterns("/login");
        // before Spring Security's filter chain (order -100)
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 50);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new MemberLimitInterceptor(limiter));
    }
}

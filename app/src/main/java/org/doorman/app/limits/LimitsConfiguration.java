package org.doorman.app.limits;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Rate limits: sign-in before Spring Security (a servlet filter), a member's calls before the controllers. On
 * PostgreSQL the buckets are shared by all processes on the database; on SQLite, where one process serves, they stay
 * in memory.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration implements WebMvcConfigurer {

    private final RateLimiter limiter;

    LimitsConfiguration(LimitSettings settings, Buckets buckets) {
        this.limiter = new RateLimiter(settings, buckets);
    }

    @Bean(destroyMethod = "close")
    static Buckets buckets(LimitSettings settings, DataSourceProperties database) {
        var inMemory = new InMemoryBuckets(settings.keys());
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return inMemory;
        }
        var pool = new HikariDataSource();
        pool.setPoolName("rate-limits");
        pool.setJdbcUrl(url);
        pool.setUsername(database.determineUsername());
        pool.setPassword(database.determinePassword());
        pool.setMaximumPoolSize(settings.poolSize());
        pool.setMinimumIdle(1);
        return new SharedBuckets(pool, inMemory);
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

package org.doorman.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The size of the pool to PostgreSQL when the operator sets none ({@code spring.datasource.hikari.maximum-pool-size}):
 * twice the cores, as HikariCP advises, instead of its fixed 10. On 2 cores, 4 connections served 8 clients at 252
 * requests/s against 150 with 10, each request at less CPU (issue 15, BENCHMARKS.md): more busy connections than cores
 * only add switching. SQLite has a size of its own ({@code doorman.sqlite.pool-size}).
 */
@Configuration(proxyBeanMethods = false)
class PostgresPool {

    static final String SIZE = "spring.datasource.hikari.maximum-pool-size";

    @Bean
    static BeanPostProcessor postgresPoolSize(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource dataSource
                        && beanName.equals("dataSource")
                        && !JdbcUrls.isSqlite(dataSource.getJdbcUrl())
                        && !environment.containsProperty(SIZE)) {
                    dataSource.setMaximumPoolSize(
                            defaultSize(Runtime.getRuntime().availableProcessors()));
                }
                return bean;
            }
        };
    }

    static int defaultSize(int cores) {
        return Math.max(2, 2 * cores);
    }
}

package org.doorman.app.replica;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With {@code doorman.datasource.replica.url} set, the app's DataSource becomes {@link PrimaryOrReplica} (the
 * configured pool stays the primary; Flyway, writes and all other reads use it) and {@link ReplicaReads} routes the
 * inbox and request-page reads to the replica.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("doorman.datasource.replica.url")
class ReplicaConfiguration {

    /** Runs right after Spring Security's filter chain (order -100), which has signed the member in. */
    static final int FILTER_ORDER = 0;

    @Bean
    static BeanPostProcessor replicaRouting(ObjectProvider<ReplicaSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource primary && beanName.equals("dataSource")) {
                    return new PrimaryOrReplica(primary, replicaPool(primary, settings.getObject()));
                }
                return bean;
            }
        };
    }

    static HikariDataSource replicaPool(HikariDataSource primary, ReplicaSettings settings) {
        var replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(settings.url());
        replica.setUsername(settings.username() != null ? settings.username() : primary.getUsername());
        replica.setPassword(settings.password() != null ? settings.password() : primary.getPassword());
        replica.setMaximumPoolSize(settings.poolSize());
        replica.setReadOnly(true);
        return replica;
    }

    @Bean
    FilterRegistrationBean<ReplicaReads> replicaReads(ReplicaSettings settings) {
        var registration = new FilterRegistrationBean<>(new ReplicaReads(settings.readYourWrites(), System::nanoTime));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}

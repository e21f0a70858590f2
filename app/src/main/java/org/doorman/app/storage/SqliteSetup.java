package org.doorman.app.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prepares a SQLite database before its pool opens: the file's directory exists, WAL and foreign keys are on,
 * and every transaction starts with {@code BEGIN IMMEDIATE} and waits up to the busy timeout for the one write
 * lock, so that concurrent writers queue instead of failing with {@code SQLITE_BUSY}. Settings in the URL win.
 */
@Configuration(proxyBeanMethods = false)
class SqliteSetup {

    @Bean
    static BeanPostProcessor sqliteDataSourcePreparer(ObjectProvider<SqliteSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource dataSource && JdbcUrls.isSqlite(dataSource.getJdbcUrl())) {
                    prepare(dataSource, settings.getObject());
                }
                return bean;
            }
        };
    }

    static void prepare(HikariDataSource dataSource, SqliteSettings settings) {
        JdbcUrls.sqliteFile(dataSource.getJdbcUrl()).ifPresent(file -> {
            var directory = file.toAbsolutePath().getParent();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UnreachableDatabase("cannot create the directory " + directory + ": " + e, e);
            }
        });
        // The driver reads these as defaults; parameters in the URL override them.
        dataSource.addDataSourceProperty("journal_mode", "WAL");
        dataSource.addDataSourceProperty("foreign_keys", "true");
        dataSource.addDataSourceProperty("transaction_mode", "IMMEDIATE");
        dataSource.addDataSourceProperty(
                "busy_timeout", String.valueOf(settings.busyTimeout().toMillis()));
        dataSource.setMaximumPoolSize(settings.poolSize());
        dataSource.setExceptionOverride(new SqliteBusyEviction());
    }
}

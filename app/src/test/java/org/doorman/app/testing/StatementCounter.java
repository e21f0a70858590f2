package org.doorman.app.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements that one thread sends to the database: import it into an integration test and wrap the call
 * in {@link #sqlOf(Runnable)}. Statements of other threads (the scheduler, the outbox relay) are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    private static final ThreadLocal<List<String>> WATCHED = new ThreadLocal<>();

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && beanName.equals("dataSource")
                        ? new Counting(dataSource)
                        : bean;
            }
        };
    }

    /** The SQL of every statement the action sent, in order. */
    public static List<String> sqlOf(Runnable action) {
        var seen = Collections.synchronizedList(new ArrayList<String>());
        WATCHED.set(seen);
        try {
            action.run();
        } finally {
            WATCHED.remove();
        }
        return List.copyOf(seen);
    }

    private static void saw(String sql) {
        var seen = WATCHED.get();
        if (seen != null) {
            seen.add(sql.strip().replaceAll("\\s+", " "));
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(super.getConnection(username, password));
        }

        private static Connection watch(Connection connection) {
            return proxy(Connection.class, connection, (method, args) -> {
                if ((method.getName().equals("prepareStatement")
                                || method.getName().equals("prepareCall"))
                        && args != null
                        && args[0] instanceof String sql) {
                    saw(sql);
                }
                return null;
            });
        }
    }

    private interface Before {
        /** May answer a replacement for the result, else null. */
        Object before(Method method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, T target, Before before) {
        InvocationHandler handler = (self, method, args) -> {
            before.before(method, args);
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Statement statement && method.getName().equals("createStatement")) {
                    return proxy(Statement.class, statement, (m, a) -> {
                        if (m.getName().startsWith("execute")
                                && a != null
                                && a.length > 0
                                && a[0] instanceof String sql) {
                            saw(sql);
                        }
                        return null;
                    });
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}

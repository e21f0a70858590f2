package org.doorman.app.storage;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * The little that differs between the engines here: how rows are claimed so that one process acts on each. A bean; the
 * deadlines, the digest and the webhook relay claim their rows this way.
 */
public record Dialect(boolean postgres) {

    /** Which engine the data source is, asked once of its metadata. */
    public static Dialect of(DataSource dataSource) {
        try {
            String product =
                    JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
            return new Dialect(
                    product != null && product.toLowerCase(Locale.ROOT).contains("postgres"));
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }

    /**
     * Appended to a SELECT that claims rows: PostgreSQL locks them and other processes skip them; SQLite has one
     * writer at a time (transactions begin IMMEDIATE), so the plain SELECT in the write transaction suffices.
     */
    public String skipLocked() {
        return postgres ? " FOR UPDATE SKIP LOCKED" : "";
    }
}

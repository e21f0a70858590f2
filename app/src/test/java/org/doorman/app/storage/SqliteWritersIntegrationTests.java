package org.doorman.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.doorman.app.testing.Databases;
import org.doorman.app.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
@ContextConfiguration(initializers = Databases.Sqlite.class)
class SqliteWritersIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    /**
     * Read-then-write transactions are the case that fails with SQLITE_BUSY when two of them start as readers and
     * both want to write; they must wait for each other instead.
     */
    @Test
    void concurrentReadThenWriteTransactionsWaitForEachOtherInsteadOfFailing() throws Exception {
        String title = "writers-" + System.nanoTime();
        int writers = 8;
        int transactionsEach = 25;
        try (var pool = Executors.newFixedThreadPool(writers)) {
            var results = new ArrayList<Future<Integer>>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                Callable<Integer> work = () -> {
                    for (int t = 0; t < transactionsEach; t++) {
                        int n = t;
                        transactions.executeWithoutResult(status -> {
                            long existing = jdbc.sql("SELECT COUNT(*) FROM events WHERE title = ?")
                                    .param(title)
                                    .query(Long.class)
                                    .single();
                            jdbc.sql("INSERT INTO events (id, title, starts_at, official) VALUES (?, ?, ?, FALSE)")
                                    .params("e_" + title + "_" + writer + "_" + n, title, existing)
                                    .update();
                        });
                    }
                    return transactionsEach;
                };
                results.add(pool.submit(work));
            }
            for (var result : results) {
                assertThat(result.get()).isEqualTo(transactionsEach);
            }
        }

        assertThat(jdbc.sql("SELECT COUNT(*) FROM events WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single())
                .isEqualTo(writers * transactionsEach);
    }

    @Test
    void walAndForeignKeysAreOn() {
        assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualToIgnoringCase("wal");
        assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("PRAGMA busy_timeout").query(Integer.class).single())
                .isEqualTo(30_000);
    }
}

package org.doorman.app.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JdbcUrlsTests {

    @Test
    void hidesAPasswordGivenAsAParameter() {
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://db:5432/doorman?user=app&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/doorman?user=app&password=***&ssl=true");
    }

    @Test
    void hidesAPasswordGivenInTheAuthority() {
        assertThat(JdbcUrls.withoutPassword("jdbc:postgresql://app:s3cret@db/doorman"))
                .isEqualTo("jdbc:postgresql://app:***@db/doorman");
    }

    @Test
    void findsTheFileOfASqliteUrlButNotOfAnInMemoryOne() {
        assertThat(JdbcUrls.sqliteFile("jdbc:sqlite:./data/doorman.db?journal_mode=WAL"))
                .contains(Path.of("./data/doorman.db"));
        assertThat(JdbcUrls.sqliteFile("jdbc:sqlite:file:/tmp/x.db")).contains(Path.of("/tmp/x.db"));
        assertThat(JdbcUrls.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(JdbcUrls.sqliteFile("jdbc:postgresql://db/doorman")).isEmpty();
    }
}

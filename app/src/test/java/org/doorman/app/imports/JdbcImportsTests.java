package org.doorman.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.doorman.app.relationsdb.Engine;
import org.doorman.app.relationsdb.Rows;
import org.doorman.batch.linkedin.ImportAnalysis;
import org.doorman.batch.linkedin.ImportResult;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.Profile;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass
@EnumSource(Engine.class)
class JdbcImportsTests {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static ImportResult found;

    private final JdbcClient jdbc;
    private final JdbcImports imports;
    private final String lena;

    JdbcImportsTests(Engine engine) {
        jdbc = engine.client(engine.migrated());
        imports = new JdbcImports(jdbc);
        lena = new Rows(jdbc).member("Lena Hartmann");
    }

    @BeforeAll
    static void analyseTheTestExport() {
        found = new ImportAnalysis(Screener.create(), Strategy.preset("default"))
                .analyse(TestExport.read(), Profile.unknown());
    }

    @Test
    void keepsTheFindingsAndGivesThemBackAsTheyWere() {
        assertThat(imports.keep(new MemberId(lena), found, MONDAY)).isTrue();

        var stored = imports.of(new MemberId(lena)).orElseThrow();
        assertThat(stored.result()).isEqualTo(found);
        assertThat(stored.importedAt()).isEqualTo(MONDAY);
    }

    @Test
    void keepingTheSameFindingsAgainChangesNothing() {
        imports.keep(new MemberId(lena), found, MONDAY);
        long rows = rows();

        assertThat(imports.keep(new MemberId(lena), found, MONDAY.plusSeconds(3600)))
                .isFalse();

        assertThat(rows()).isEqualTo(rows);
        assertThat(imports.of(new MemberId(lena)).orElseThrow().importedAt()).isEqualTo(MONDAY);
    }

    @Test
    void aNewImportReplacesTheEarlierOneWhole() {
        imports.keep(new MemberId(lena), found, MONDAY);
        var fewer = new ImportResult(
                found.ownerName(),
                found.invitations(),
                found.connections(),
                found.messages(),
                found.pending().subList(0, 1),
                found.pruning().subList(0, 1));

        assertThat(imports.keep(new MemberId(lena), fewer, MONDAY.plusSeconds(60)))
                .isTrue();

        assertThat(imports.of(new MemberId(lena)).orElseThrow().result()).isEqualTo(fewer);
        assertThat(rows()).isEqualTo(3);
    }

    @Test
    void aMemberWhoNeverImportedHasNoImport() {
        assertThat(imports.of(new MemberId(lena))).isEmpty();
    }

    private long rows() {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM linkedin_imports) + (SELECT COUNT(*) FROM linkedin_invitations)
                               + (SELECT COUNT(*) FROM linkedin_connections)""").query(Long.class).single();
    }
}

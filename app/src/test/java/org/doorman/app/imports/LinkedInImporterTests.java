package org.doorman.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.doorman.app.members.Member;
import org.doorman.app.members.MemberDirectory;
import org.doorman.app.members.Profile;
import org.doorman.app.testing.StandIns;
import org.doorman.batch.linkedin.ImportAnalysis;
import org.doorman.core.lifecycle.MemberId;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionOperations;

class LinkedInImporterTests {

    private static final Member LENA = new Member(
            "m_lena",
            "lena",
            new Profile(
                    "Lena Hartmann",
                    "de",
                    "Energieberaterin für Altbauten",
                    "",
                    List.of("Wärmepumpen im Altbau"),
                    List.of(),
                    List.of(),
                    List.of(),
                    "",
                    null));
    private static Screener screener;

    private final InMemoryImports imports = new InMemoryImports();
    private final LinkedInImporter importer = new LinkedInImporter(
            imports,
            new OneMember(),
            StandIns.strategies("open-door"),
            screener,
            TransactionOperations.withoutTransaction(),
            Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC));

    @BeforeAll
    static void screener() {
        screener = Screener.create();
    }

    @Test
    void keepsTheFindingsForTheMemberScreenedWithTheirStrategy() {
        var imported = importer.importFor("lena", TestExport.read());

        assertThat(imported.changed()).isTrue();
        assertThat(imported.member()).isEqualTo(LENA);
        assertThat(imports.of(new MemberId("m_lena")).orElseThrow().result()).isEqualTo(imported.result());
        assertThat(imported.result())
                .as("screened with the member's strategy and profile")
                .isEqualTo(new ImportAnalysis(screener, Strategy.preset("open-door"))
                        .analyse(TestExport.read(), LENA.screeningProfile()));
    }

    @Test
    void importingTheSameExportTwiceChangesNothing() {
        importer.importFor("lena", TestExport.read());

        assertThat(importer.importFor("lena", TestExport.read()).changed()).isFalse();
    }

    @Test
    void refusesAnUnknownMemberAndKeepsNothing() {
        assertThatThrownBy(() -> importer.importFor("nobody", TestExport.read()))
                .hasMessageContaining("no member with the handle 'nobody'");
        assertThat(imports.of(new MemberId("m_lena"))).isEmpty();
    }

    private static final class OneMember implements MemberDirectory {
        @Override
        public Optional<Member> find(MemberId memberId) {
            return Optional.of(LENA).filter(m -> m.memberId().equals(memberId));
        }

        @Override
        public Optional<Member> findByHandle(String handle) {
            return Optional.of(LENA).filter(m -> m.handle().equals(handle));
        }

        @Override
        public List<Member> byName(int limit) {
            return List.of(LENA);
        }

        @Override
        public long count() {
            return 1;
        }
    }
}

package org.doorman.batch.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorman.core.screening.Profile;
import org.doorman.core.screening.Screener;
import org.doorman.core.strategy.Strategy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ImportAnalysisTests {

    static ImportResult result;

    @BeforeAll
    static void analyseTheTestExport() {
        var analysis = new ImportAnalysis(Screener.create(), Strategy.preset("default"));
        result = analysis.analyse(LinkedInExports.read(TestExports.folder()), Profile.unknown());
    }

    @Test
    void screensOnlyTheIncomingInvitationsOfPeopleNotYetConnected() {
        assertThat(result.pending())
                .extracting(ScreenedInvitation::name)
                .containsExactly("Rick Sellers", "Clara Vogt", "Paul Anders");
        assertThat(result.pending()).allSatisfy(invitation -> {
            assertThat(invitation.action()).isNotBlank();
            assertThat(invitation.rule()).isNotBlank();
        });
    }

    @Test
    void screensASalesPitchAndAConcreteNeedDifferently() {
        var pitch = result.pending().get(0);
        var need = result.pending().get(1);
        var empty = result.pending().get(2);

        assertThat(pitch.category()).isEqualTo("sales_pitch");
        assertThat(need.category()).isEqualTo("concrete_need");
        assertThat(empty.category()).isEqualTo("empty");
        assertThat(pitch.action()).isNotEqualTo(need.action());
    }

    @Test
    void ranksConnectionsForPruningWithTheirReasonsWeakestTieFirst() {
        assertThat(result.pruning())
                .extracting(PruningCandidate::name)
                .containsExactly("Tobias Brandt", "Aylin Kaya", "Mira Schulz");
        assertThat(result.pruning().get(0).reasons())
                .containsExactly(PruneReason.UNANSWERED_QUESTION, PruneReason.SILENT_FOR_A_YEAR);
        assertThat(result.pruning().get(1).reasons()).containsExactly(PruneReason.NO_MESSAGE);
        assertThat(result.pruning().get(2).reasons()).containsExactly(PruneReason.NEVER_WROTE);
    }

    @Test
    void aConnectionWhoAnsweredRecentlyIsNoCandidate() {
        assertThat(result.pruning()).extracting(PruningCandidate::name).doesNotContain("Jonas Berger");
    }

    @Test
    void theSameExportGivesTheSameDigest() {
        var again = new ImportAnalysis(Screener.create(), Strategy.preset("default"))
                .analyse(LinkedInExports.read(TestExports.folder()), Profile.unknown());

        assertThat(again.digest()).isEqualTo(result.digest());
    }
}

package org.doorman.batch.linkedin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A connection ranked for pruning: the higher the score, the weaker the tie; the reasons say why. */
public record PruningCandidate(
        String key,
        String name,
        String profileUrl,
        String company,
        String position,
        Optional<LocalDate> connectedOn,
        int score,
        List<PruneReason> reasons) {
    public PruningCandidate {
        reasons = List.copyOf(reasons);
    }
}

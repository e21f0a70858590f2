package org.doorman.app.imports;

import java.util.List;
import java.util.Locale;
import org.doorman.app.web.Moments;
import org.doorman.batch.linkedin.PruneReason;

/** A member's LinkedIn import as the web page shows it. */
record ImportView(
        String ownerName,
        int invitations,
        int connections,
        int messages,
        String importedAt,
        List<Pending> pending,
        List<Candidate> pruning) {

    record Pending(
            String name,
            String profileUrl,
            String sentAt,
            String message,
            String category,
            String action,
            String rule) {}

    record Candidate(String name, String profileUrl, String job, String connectedOn, int score, List<String> reasons) {}

    static ImportView from(StoredImport stored, Locale locale) {
        var result = stored.result();
        return new ImportView(
                result.ownerName(),
                result.invitations(),
                result.connections(),
                result.messages(),
                Moments.of(stored.importedAt(), locale),
                result.pending().stream()
                        .map(p -> new Pending(
                                p.name(),
                                link(p.profileUrl()),
                                p.sentAt().map(at -> Moments.date(at, locale)).orElse(""),
                                p.message(),
                                p.category(),
                                p.action(),
                                p.rule()))
                        .toList(),
                result.pruning().stream()
                        .map(c -> new Candidate(
                                c.name(),
                                link(c.profileUrl()),
                                String.join(
                                        ", ",
                                        List.of(c.position(), c.company()).stream()
                                                .filter(s -> !s.isBlank())
                                                .toList()),
                                c.connectedOn().map(Object::toString).orElse(""),
                                c.score(),
                                c.reasons().stream().map(PruneReason::id).toList()))
                        .toList());
    }

    /** Only a web address is a link: the export is not trusted to hold no {@code javascript:}. */
    private static String link(String url) {
        return url.startsWith("https://") || url.startsWith("http://") ? url : "";
    }
}

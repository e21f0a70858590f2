package org.doorman.app.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Cuts a requester's text into pieces, marking the words that made a signal fire. The pieces are text: a page writes
 * each with {@code th:text}, so the requester's words are escaped first and only then marked, never read as HTML.
 */
public final class Highlights {

    /** The words a signal names as its evidence; several phrases come joined by ", ". */
    public record Evidence(String signal, String words) {}

    /** A piece of the text; {@code signal} is empty for unmarked text. */
    public record Segment(String text, String signal) {
        public boolean marked() {
            return !signal.isEmpty();
        }
    }

    private record Span(int from, int to, String signal) {}

    // Evidence of these signals names facts about the text, not words in it.
    private static final Set<String> NOT_WORDS = Set.of("language", "language_not_supported", "text_truncated");

    private Highlights() {}

    public static List<Segment> of(String text, List<Evidence> evidence) {
        var spans = new ArrayList<Span>();
        for (var item : evidence) {
            if (NOT_WORDS.contains(item.signal()) || item.words() == null) {
                continue;
            }
            var phrases = new ArrayList<String>(List.of(item.words().split(", ")));
            phrases.add(item.words());
            for (String phrase : phrases) {
                find(text, phrase.strip(), item.signal(), spans);
            }
        }
        spans.sort(Comparator.comparingInt(Span::from).thenComparing(s -> -s.to()));
        var segments = new ArrayList<Segment>();
        int at = 0;
        for (var span : spans) {
            if (span.from() < at) {
                continue; // overlaps a mark already made
            }
            if (span.from() > at) {
                segments.add(new Segment(text.substring(at, span.from()), ""));
            }
            segments.add(new Segment(text.substring(span.from(), span.to()), span.signal()));
            at = span.to();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), ""));
        }
        return segments;
    }

    private static void find(String text, String phrase, String signal, List<Span> spans) {
        if (phrase.length() < 3) {
            return;
        }
        for (int i = 0; i + phrase.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, phrase, 0, phrase.length())
                    && boundary(text, i - 1)
                    && boundary(text, i + phrase.length())) {
                spans.add(new Span(i, i + phrase.length(), signal));
                i += phrase.length() - 1;
            }
        }
    }

    private static boolean boundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }
}

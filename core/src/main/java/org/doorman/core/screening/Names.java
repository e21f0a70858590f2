package org.doorman.core.screening;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The lower-cased name parts of recipient and sender, which are neither content nor cues. */
record Names(Set<String> recipient, Set<String> sender) {

    private static final int CACHE_LIMIT = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Set<String>> PARTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    static Names of(ScreeningInput input) {
        return new Names(
                cachedParts(input.recipient().name()),
                cachedParts(input.sender().name()));
    }

    private static Set<String> cachedParts(String name) {
        var parts = PARTS.get(name);
        if (parts == null) {
            parts = Set.copyOf(parts(name));
            if (PARTS.size() >= CACHE_LIMIT) {
                PARTS.clear();
            }
            PARTS.put(name, parts);
        }
        return parts;
    }

    boolean contains(String token) {
        return (!recipient.isEmpty() && recipient.contains(token)) || (!sender.isEmpty() && sender.contains(token));
    }

    /** For each token, whether it is a part of either name. */
    boolean[] flags(Tokens tokens) {
        var flags = new boolean[tokens.size()];
        if (recipient.isEmpty() && sender.isEmpty()) {
            return flags;
        }
        long lengths = lengths(recipient) | lengths(sender);
        var terms = tokens.terms();
        for (int i = 0; i < flags.length; i++) {
            var term = terms[i];
            flags[i] = term.wordLike
                    && (lengths & (1L << Math.min(term.length, 63))) != 0
                    && contains(tokens.surface()[i]);
        }
        return flags;
    }

    /** The lengths of the parts as bits (63 for all longer ones), to pass over most words without a lookup. */
    private static long lengths(Set<String> parts) {
        long lengths = 0;
        for (var part : parts) {
            lengths |= 1L << Math.min(part.length(), 63);
        }
        return lengths;
    }

    private static Set<String> parts(String name) {
        if (name.isEmpty()) {
            return Set.of();
        }
        var parts = new HashSet<String>(4);
        var lower = name.toLowerCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= lower.length(); i++) {
            if (i == lower.length() || !Character.isLetterOrDigit(lower.charAt(i))) {
                if (i - start > 1) {
                    parts.add(lower.substring(start, i));
                }
                start = i + 1;
            }
        }
        return parts;
    }
}

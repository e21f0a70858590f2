package org.doorman.core.screening;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The lower-cased name parts of recipient and sender, which are neither content nor cues. */
final class Names {

    private static final int CACHE_LIMIT = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, Parts> PARTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Parts recipient;
    private final Parts sender;

    private Names(Parts recipient, Parts sender) {
        this.recipient = recipient;
        this.sender = sender;
    }

    /** The parts of one name, with their hash codes, and those codes' low six bits as bits to pass over most words. */
    private record Parts(String[] words, int[] hashes, long hashBits) {
        static Parts of(Set<String> set) {
            var words = set.toArray(String[]::new);
            var hashes = new int[words.length];
            long hashBits = 0;
            for (int k = 0; k < words.length; k++) {
                hashes[k] = words[k].hashCode();
                hashBits |= 1L << hashes[k]; // the low six bits of the hash: most other words miss them all
            }
            return new Parts(words, hashes, hashBits);
        }

        boolean has(String word, int hash) {
            for (int k = 0; k < words.length; k++) {
                if (hashes[k] == hash && words[k].equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    static Names of(ScreeningInput input) {
        return new Names(
                cachedParts(input.recipient().name()),
                cachedParts(input.sender().name()));
    }

    private static Parts cachedParts(String name) {
        var parts = PARTS.get(name);
        if (parts == null) {
            parts = Parts.of(parts(name));
            if (PARTS.size() >= CACHE_LIMIT) {
                PARTS.clear();
            }
            PARTS.put(name, parts);
        }
        return parts;
    }

    /** Whether the term's word is a part of the recipient's name. */
    boolean isRecipient(Term term) {
        return recipient.has(term.surface, term.surfaceHash);
    }

    /** For each token, whether it is a part of either name. */
    boolean[] flags(Tokens tokens) {
        var flags = new boolean[tokens.size()];
        long hashBits = recipient.hashBits() | sender.hashBits();
        if (hashBits == 0) {
            return flags;
        }
        var terms = tokens.terms();
        for (int i = 0; i < flags.length; i++) {
            var term = terms[i];
            flags[i] = (hashBits & (1L << term.surfaceHash)) != 0
                    && term.wordLike
                    && (recipient.has(term.surface, term.surfaceHash) || sender.has(term.surface, term.surfaceHash));
        }
        return flags;
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

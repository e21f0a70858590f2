package org.doorman.core.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A MinHash signature of a request's text over word pairs (Lucene's {@link MinHashFilter}), once salutations, titles
 * and the recipient's name are set aside: two signatures agree in about the share of buckets that the texts' word
 * pairs have in common (their Jaccard similarity), so a copy with a changed name or a few changed words stays close.
 */
public record TextFingerprint(int[] buckets) {

    /** Buckets per signature: the estimate of the similarity is within about ±0.09 of the true one. */
    public static final int BUCKETS = 128;

    private static final Set<String> SALUTATIONS = Set.of(
            "hallo",
            "hi",
            "hey",
            "hello",
            "dear",
            "liebe",
            "lieber",
            "liebes",
            "sehr",
            "geehrte",
            "geehrter",
            "guten",
            "tag",
            "moin",
            "servus",
            "grüß",
            "gott",
            "frau",
            "herr",
            "mr",
            "mrs",
            "ms",
            "dr",
            "prof");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final HexFormat HEX = HexFormat.of();
    // thread-safe: Lucene keeps one token stream per thread
    private static final Analyzer ANALYZER = analyzer();

    public TextFingerprint {
        buckets = buckets.clone();
        if (buckets.length != BUCKETS) {
            throw new IllegalArgumentException("a fingerprint has " + BUCKETS + " buckets, not " + buckets.length);
        }
    }

    /** The fingerprint of a text sent to {@code recipientName} (blank when unknown); empty for fewer than two words. */
    public static Optional<TextFingerprint> of(String text, String recipientName) {
        var ignored = new HashSet<>(SALUTATIONS);
        if (recipientName != null) {
            ignored.addAll(words(recipientName));
        }
        var kept = words(text == null ? "" : text).stream()
                .filter(word -> !ignored.contains(word))
                .toList();
        if (kept.size() < 2) {
            return Optional.empty();
        }
        int[] hashes = new int[BUCKETS];
        int count = 0;
        try (TokenStream stream = ANALYZER.tokenStream("text", String.join(" ", kept))) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken() && count < BUCKETS) {
                hashes[count++] = term.toString().hashCode();
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count == BUCKETS ? Optional.of(new TextFingerprint(hashes)) : Optional.empty();
    }

    private static List<String> words(String text) {
        return Arrays.stream(NOT_A_WORD.split(text.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** The estimated Jaccard similarity of the two texts' word pairs, in [0,1]. */
    public double similarity(TextFingerprint other) {
        int same = 0;
        for (int i = 0; i < BUCKETS; i++) {
            if (buckets[i] == other.buckets[i]) {
                same++;
            }
        }
        return (double) same / BUCKETS;
    }

    @Override
    public int[] buckets() {
        return buckets.clone();
    }

    /** A compact text form for storage, read back by {@link #parse}. */
    public String encoded() {
        var out = new StringBuilder(BUCKETS * 8);
        for (int bucket : buckets) {
            out.append(HEX.toHexDigits(bucket));
        }
        return out.toString();
    }

    public static TextFingerprint parse(String encoded) {
        if (encoded == null || encoded.length() != BUCKETS * 8) {
            throw new IllegalArgumentException("not an encoded fingerprint");
        }
        int[] buckets = new int[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            buckets[i] = HEX.fromHexDigits(encoded, i * 8, i * 8 + 8);
        }
        return new TextFingerprint(buckets);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TextFingerprint that && Arrays.equals(buckets, that.buckets);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(buckets);
    }

    @Override
    public String toString() {
        return "TextFingerprint[" + encoded().substring(0, 16) + "…]";
    }

    /** Word pairs of the cleaned text, hashed into {@link #BUCKETS} minimum hashes (empty buckets borrow a neighbour's). */
    private static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new WhitespaceTokenizer();
                var pairs = new ShingleFilter(words, 2, 2);
                pairs.setOutputUnigrams(false);
                return new TokenStreamComponents(words, new MinHashFilter(pairs, 1, BUCKETS, 1, true));
            }
        };
    }
}

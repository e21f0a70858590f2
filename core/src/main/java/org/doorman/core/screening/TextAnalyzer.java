package org.doorman.core.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene analysis chains for screening: the standard (UAX#29) tokenizer, lower-casing, German normalization and the
 * German light stemmer, or the English possessive filter and the Porter stemmer. Thread-safe: Lucene analyzers
 * reuse their components per thread.
 */
final class TextAnalyzer {

    /** Longer messages are cut here: what matters in a contact request is in its first few thousand characters. */
    static final int MAX_CHARS = 5_000;

    private static final String FIELD = "message";
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Analyzer surface = analyzer(Chain.SURFACE);
    private final Analyzer german = analyzer(Chain.GERMAN);
    private final Analyzer english = analyzer(Chain.ENGLISH);

    private enum Chain {
        SURFACE,
        GERMAN,
        ENGLISH
    }

    private static Analyzer analyzer(Chain chain) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                TokenStream stream = switch (chain) {
                    case SURFACE -> new LowerCaseFilter(source);
                    case GERMAN ->
                        new GermanLightStemFilter(new GermanNormalizationFilter(new LowerCaseFilter(source)));
                    case ENGLISH ->
                        new ASCIIFoldingFilter(
                                new PorterStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
                };
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    /** Cuts the text to {@link #MAX_CHARS} without splitting a surrogate pair. */
    static String capped(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return text.substring(0, end);
    }

    /** Lower-cased surface tokens only, for language detection. */
    String[] surface(String text) {
        return run(surface, text, null).surface();
    }

    /** Surface forms and stems of the (already capped) text, stemmed for the given language. */
    Tokens analyze(String text, Language language) {
        var stemmed = run(language == Language.DE ? german : english, text, null);
        var plain = run(surface, text, stemmed);
        return plain;
    }

    /** The stems of a short phrase, e.g. a profile offer or a lexicon entry. */
    String[] stems(String phrase, Language language) {
        return run(language == Language.DE ? german : english, phrase, null).surface();
    }

    private Tokens run(Analyzer analyzer, String text, Tokens stemmed) {
        int capacity = 16;
        var terms = new String[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var numeric = new boolean[capacity];
        int n = 0;
        try (var stream = analyzer.tokenStream(FIELD, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    terms = Arrays.copyOf(terms, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    numeric = Arrays.copyOf(numeric, capacity);
                }
                terms[n] = term.toString();
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                numeric[n] = NUM.equals(type.type());
                n++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        var surfaceTerms = Arrays.copyOf(terms, n);
        String[] stems = surfaceTerms;
        if (stemmed != null && stemmed.size() == n) {
            stems = stemmed.surface();
        }
        return new Tokens(
                text, surfaceTerms, stems, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n), Arrays.copyOf(numeric, n));
    }
}

package org.doorman.core.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene analysis for screening, one pass per text: the standard (UAX#29) tokenizer and lower-casing, then each
 * token twice through {@link KeywordRepeatFilter}: as it was written (the surface form) and stemmed, with German
 * normalization and the German light stemmer or the English possessive filter, the Porter stemmer and ASCII
 * folding. Thread-safe: Lucene analyzers reuse their components per thread.
 */
final class TextAnalyzer {

    /** Longer messages are cut here: what matters in a contact request is in its first few thousand characters. */
    static final int MAX_CHARS = 5_000;

    private static final int CACHE_LIMIT = 20_000;
    private static final String FIELD = "message";
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Analyzer surface = analyzer(null);
    private final Analyzer german =
            analyzer(stream -> new GermanLightStemFilter(new GermanNormalizationFilter(stream)));
    private final Analyzer english =
            analyzer(stream -> new ASCIIFoldingFilter(new PorterStemFilter(new EnglishPossessiveFilter(stream))));
    private final ConcurrentHashMap<String, Tokens> germanPhrases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Tokens> englishPhrases = new ConcurrentHashMap<>();

    private static Analyzer analyzer(Function<TokenStream, TokenStream> stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(source);
                if (stemming != null) {
                    var repeated = new KeywordRepeatFilter(stream);
                    stream = new ConditionalTokenFilter(repeated, stemming) {
                        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

                        @Override
                        protected boolean shouldFilter() {
                            return !keyword.isKeyword();
                        }
                    };
                }
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
        return run(surface, text, false).surface();
    }

    /** Surface forms and stems of the (already capped) text, stemmed for the given language. */
    Tokens analyze(String text, Language language) {
        return run(language == Language.DE ? german : english, text, true);
    }

    /**
     * A short phrase of a profile (an offer, a group, an interest) or a lexicon, analysed once and remembered: members
     * receive many requests, and their profiles change rarely.
     */
    Tokens phrase(String phrase, Language language) {
        var cache = language == Language.DE ? germanPhrases : englishPhrases;
        var tokens = cache.get(phrase);
        if (tokens == null) {
            tokens = analyze(capped(phrase), language);
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(phrase, tokens);
        }
        return tokens;
    }

    private static Tokens run(Analyzer analyzer, String text, boolean repeated) {
        int capacity = 32;
        var surfaces = new String[capacity];
        var stems = new String[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var numeric = new boolean[capacity];
        int n = 0;
        try (var stream = analyzer.tokenStream(FIELD, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            var keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (repeated && !keyword.isKeyword()) {
                    if (n > 0) {
                        stems[n - 1] = sameAs(term, surfaces[n - 1]);
                    }
                    continue;
                }
                if (n == capacity) {
                    capacity *= 2;
                    surfaces = Arrays.copyOf(surfaces, capacity);
                    stems = Arrays.copyOf(stems, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    numeric = Arrays.copyOf(numeric, capacity);
                }
                surfaces[n] = term.toString();
                stems[n] = surfaces[n];
                starts[n] = offset.startOffset();
                ends[n] = offset.endOffset();
                numeric[n] = NUM.equals(type.type());
                n++;
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return new Tokens(
                text,
                Arrays.copyOf(surfaces, n),
                Arrays.copyOf(stems, n),
                Arrays.copyOf(starts, n),
                Arrays.copyOf(ends, n),
                Arrays.copyOf(numeric, n));
    }

    /** Most stems equal their surface form; share the string then instead of copying it. */
    private static String sameAs(CharTermAttribute term, String surface) {
        if (term.length() == surface.length()) {
            boolean same = true;
            for (int i = 0; i < surface.length() && same; i++) {
                same = term.charAt(i) == surface.charAt(i);
            }
            if (same) {
                return surface;
            }
        }
        return term.toString();
    }
}

package org.doorman.core.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene analysis for screening, one pass per text: the standard (UAX#29) tokenizer and lower-casing, then German
 * normalization and the German light stemmer, or the English possessive filter and the Porter stemmer. The surface form of each token (lower-cased, unstemmed) is its span of the text. Thread-safe: Lucene
 * analyzers reuse their components per thread.
 */
final class TextAnalyzer {

    /** Longer messages are cut here: what matters in a contact request is in its first few thousand characters. */
    static final int MAX_CHARS = 5_000;

    private static final String FIELD = "message";
    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Analyzer plain = analyzer(stream -> stream);

    private final Analyzer german =
            analyzer(stream -> new GermanLightStemFilter(new GermanNormalizationFilter(stream)));
    private final Analyzer english = analyzer(stream -> new PorterStemFilter(new EnglishPossessiveFilter(stream)));

    private static Analyzer analyzer(Function<TokenStream, TokenStream> stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                var surface = new SurfaceCapture(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new Chain(stemming.apply(surface), surface));
            }
        };
    }

    /** The end of a chain, which knows the surface capture inside it and its attributes. */
    private static final class Chain extends org.apache.lucene.analysis.TokenFilter {
        final SurfaceCapture surface;
        final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        final TypeAttribute type = addAttribute(TypeAttribute.class);

        Chain(TokenStream input, SurfaceCapture surface) {
            super(input);
            this.surface = surface;
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }
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
        return run(plain, text).surface();
    }

    /** Surface forms and stems of the (already capped) text, stemmed for the given language. */
    Tokens analyze(String text, Language language) {
        return run(language == Language.DE ? german : english, text);
    }

    private static Tokens run(Analyzer analyzer, String text) {
        int capacity = Math.min(4096, text.length() / 4 + 8);
        var surfaces = new String[capacity];
        var stems = new String[capacity];
        var starts = new int[capacity];
        var ends = new int[capacity];
        var numeric = new boolean[capacity];
        int n = 0;
        try (var stream = (Chain) analyzer.tokenStream(FIELD, text)) {
            var term = stream.term;
            var offset = stream.offset;
            var type = stream.type;
            var capture = stream.surface;
            stream.reset();
            while (stream.incrementToken()) {
                if (n == capacity) {
                    capacity *= 2;
                    surfaces = Arrays.copyOf(surfaces, capacity);
                    stems = Arrays.copyOf(stems, capacity);
                    starts = Arrays.copyOf(starts, capacity);
                    ends = Arrays.copyOf(ends, capacity);
                    numeric = Arrays.copyOf(numeric, capacity);
                }
                int start = offset.startOffset();
                int end = offset.endOffset();
                surfaces[n] = capture.surface();
                stems[n] = capture.unchanged(term) ? surfaces[n] : term.toString();
                starts[n] = start;
                ends[n] = end;
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
}

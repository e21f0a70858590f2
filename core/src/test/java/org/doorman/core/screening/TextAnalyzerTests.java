package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
import org.junit.jupiter.api.Test;

/**
 * The analyser remembers chunks of text and stems per word; what it hands out must be exactly what one pass of the
 * Lucene chain over the whole text gives: the same tokens, offsets, types and stems.
 */
class TextAnalyzerTests {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void everyCorpusMessageIsAnalysedAsOneLucenePassWouldInBothLanguages() {
        for (var example : Corpus.load()) {
            var text = TextAnalyzer.capped(example.input().message());
            assertSameAsOnePass(text, Language.DE);
            assertSameAsOnePass(text, Language.EN);
        }
    }

    @Test
    void anAnalyserThatForgetsEveryFiftyChunksStillAnalysesAsOneLucenePassWould() {
        var forgetful = new TextAnalyzer(50);
        for (var example : Corpus.load().subList(0, 200)) {
            var text = TextAnalyzer.capped(example.input().message());
            assertSameAsOnePass(forgetful, text, Language.DE);
        }
    }

    @Test
    void hostileTextIsAnalysedAsOneLucenePassWould() {
        var random = new Random(7);
        var pieces = HostileInputTests.PIECES;
        for (int i = 0; i < 3_000; i++) {
            var text = new StringBuilder();
            int count = random.nextInt(40);
            for (int p = 0; p < count; p++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                switch (random.nextInt(5)) {
                    case 0 -> text.append(' ');
                    case 1 -> text.append("\u00a0");
                    case 2 -> text.append("\u2003");
                    case 3 -> text.append((char) random.nextInt(0x3000));
                    default -> {}
                }
            }
            var capped = TextAnalyzer.capped(text.toString());
            assertSameAsOnePass(capped, Language.DE);
            assertSameAsOnePass(capped, Language.EN);
        }
    }

    @Test
    void randomCharactersWithHalfSurrogatePairsAreAnalysedAsOneLucenePassWould() {
        var random = new Random(11);
        char[] alphabet = {' ', '\n', 'a', 'ß', '\uD83D', '\uDE00', '\u200D', '\u0301', '.', '\'', '1', ','};
        for (int i = 0; i < 3_000; i++) {
            var text = new StringBuilder();
            int length = random.nextInt(60);
            for (int c = 0; c < length; c++) {
                text.append(
                        random.nextInt(4) == 0
                                ? (char) random.nextInt(Character.MAX_VALUE + 1)
                                : alphabet[random.nextInt(alphabet.length)]);
            }
            assertSameAsOnePass(text.toString(), Language.DE);
            assertSameAsOnePass(text.toString(), Language.EN);
        }
    }

    @Test
    void wordsOfMoreThanTheTokenLimitAreCutAsLuceneCutsThem() {
        assertSameAsOnePass("a".repeat(600) + " Steuerberatung " + "ü".repeat(300) + "s", Language.DE);
    }

    @Test
    void aWordKeepsItsStemWhenItComesBackInAnotherText() {
        var first = analyzer.analyze("Einwandbehandlung für Vertriebsteams", Language.DE);
        var again = analyzer.analyze("Vertriebsteams, Einwandbehandlung!", Language.DE);

        assertThat(again.stem(0)).isSameAs(first.stem(2));
        assertThat(again.stem(1)).isEqualTo(first.stem(0));
    }

    private void assertSameAsOnePass(String text, Language language) {
        assertSameAsOnePass(analyzer, text, language);
    }

    private static void assertSameAsOnePass(TextAnalyzer analyzer, String text, Language language) {
        var tokens = analyzer.analyze(text, language);
        var expected = onePass(text, language);
        var actual = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            actual.add(describe(
                    tokens.surface(i), tokens.stem(i), tokens.starts()[i], tokens.ends()[i], tokens.numeric()[i]));
        }
        assertThat(String.join("\n", actual)).as("tokens of %s", escaped(text)).isEqualTo(String.join("\n", expected));
        assertThat(List.of(analyzer.surface(text)).stream()
                        .map(TextAnalyzerTests::escaped)
                        .toList())
                .isEqualTo(actual.stream().map(t -> t.split("\t")[0]).toList());
    }

    private static String escaped(String text) {
        var escaped = new StringBuilder();
        text.chars()
                .forEach(
                        c -> escaped.append(c < 0x7f && c >= 0x20 ? String.valueOf((char) c) : "\\u%04x".formatted(c)));
        return escaped.toString();
    }

    private static String describe(String surface, String stem, int start, int end, boolean numeric) {
        return escaped(surface) + "\t" + escaped(stem) + "\t" + start + "-" + end + (numeric ? "\tnum" : "");
    }

    /** The chain in one pass over the whole text, remembering nothing. */
    private static List<String> onePass(String text, Language language) {
        var tokens = new ArrayList<String>();
        try (var analyzer = chain(
                        language == Language.DE
                                ? stream -> new GermanLightStemFilter(
                                        new GermanNormalizationFilter(new Expanding(stream, Language.DE)))
                                : stream -> new PorterStemFilter(
                                        new EnglishPossessiveFilter(new Expanding(stream, Language.EN))));
                var surfaces = chain(stream -> stream);
                var stream = analyzer.tokenStream("message", text);
                var plain = surfaces.tokenStream("message", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            var surface = plain.addAttribute(CharTermAttribute.class);
            stream.reset();
            plain.reset();
            while (stream.incrementToken()) {
                assertThat(plain.incrementToken()).isTrue();
                tokens.add(describe(
                        surface.toString(),
                        term.toString(),
                        offset.startOffset(),
                        offset.endOffset(),
                        type.type().equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM])));
            }
            stream.end();
            plain.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return tokens;
    }

    /** The chat forms the analyser reads as words ("hab", "u"), replaced before stemming as the analyser does. */
    private static final class Expanding extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final Language language;

        Expanding(TokenStream input, Language language) {
            super(input);
            this.language = language;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            var surface = term.toString();
            var expanded = Abbreviations.expand(surface, language);
            if (!expanded.equals(surface)) {
                term.setEmpty().append(expanded);
            }
            return true;
        }
    }

    private static Analyzer chain(Function<TokenStream, TokenStream> stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                return new TokenStreamComponents(source, stemming.apply(new LowerCaseFilter(source)));
            }
        };
    }
}

package org.doorman.core.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every lexicon phrase that raises a signal or feeds the text model is found, by the engine's own matching, in at
 * least one request of the training corpus in its language: a phrase no one wrote there is a guess about text the
 * project has never seen, or a phrase copied from the dev set, which is a final check and never a source. This test
 * reads the training corpus only, never the dev set.
 */
class LexiconSupportTests {

    /**
     * Word classes that are closed lists rather than phrases someone writes to make a point: salutations, sign-offs,
     * forms of address, the filler of a bare "let's connect", months, quantities and the like that a date or a size
     * is built from, and the generic trade words that a profile phrase must have more than. They are complete in the
     * way a list of months is; that the corpus happens to lack "howdy" or "Hallöchen" says nothing against
     * them.
     */
    static final Set<String> CLOSED_LISTS = Set.of("greeting", "closing", "title", "connect", "time", "generic");

    /**
     * Phrases kept on purpose though no request of the training corpus contains them, each with its reason: only
     * another spelling of a phrase of the same section that the corpus does contain.
     */
    static final Map<String, String> KEPT = Map.of(
            "en [vague_benefit] winwin", "\"win win\" (and \"win-win\") written as one word",
            "de [vague_benefit] winwin", "\"win win\" (and \"Win-win\") written as one word",
            "de [vague_benefit] potential", "\"Potenzial\" in the older spelling, which the Duden still allows",
            "de [acquaintance_claim] kennen gelernt",
                    "\"kennengelernt\" as the 1996 reform wrote it (both allowed since 2006)",
            "en [references_profile] you specialize", "\"you specialise\" in American spelling");

    record Phrase(Language language, String section, String text) {
        @Override
        public String toString() {
            return language.code() + " [" + section + "] " + text;
        }
    }

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final Map<Language, List<Tokens>> REQUESTS = new EnumMap<>(Language.class);
    /** Per language and stem, which of its requests contain the stem: the phrase's candidates, before matching. */
    private static final Map<Language, Map<String, BitSet>> STEMS = new EnumMap<>(Language.class);

    private static Path probe;

    @BeforeAll
    static void readTheTrainingCorpus() throws IOException, URISyntaxException {
        var screener = Screener.untrained(); // it decides the language of each request, as when screening
        for (var example : Corpus.load()) {
            var language = screener.read(example.input()).request().language();
            if (language != Language.DE && language != Language.EN) {
                continue;
            }
            var tokens = ANALYZER.analyze(TextAnalyzer.capped(example.input().message()), language);
            var requests = REQUESTS.computeIfAbsent(language, k -> new ArrayList<>());
            var stems = STEMS.computeIfAbsent(language, k -> new HashMap<>());
            for (var stem : tokens.stems()) {
                stems.computeIfAbsent(stem, k -> new BitSet()).set(requests.size());
            }
            requests.add(tokens);
        }
        // Lexicon reads a resource next to it: the probe, one phrase at a time, is written where the tests' classes
        // are, which is on the class path.
        var here = LexiconSupportTests.class.getResource(LexiconSupportTests.class.getSimpleName() + ".class");
        probe = Path.of(Objects.requireNonNull(here).toURI()).resolveSibling("lexicon-support-probe.txt");
    }

    @AfterAll
    static void removeTheProbe() throws IOException {
        Files.deleteIfExists(probe);
    }

    static List<Phrase> phrases(Language language) {
        var resource = "lexicon-" + language.code() + ".txt";
        var phrases = new ArrayList<Phrase>();
        var stream = Objects.requireNonNull(Lexicon.class.getResourceAsStream(resource), resource);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String section = null;
            for (String line; (line = reader.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("[") && line.endsWith("]")) {
                    section = line.substring(1, line.length() - 1);
                } else {
                    phrases.add(new Phrase(language, section, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return phrases;
    }

    /** Whether the phrase, alone in a lexicon, is found in a request of the training corpus in its language. */
    static boolean supported(Phrase phrase) {
        var lexicon = alone(phrase);
        var stems = STEMS.getOrDefault(phrase.language(), Map.of());
        BitSet candidates = null;
        for (var part : phrase.text().split("\\s+")) {
            if (part.equals("*")) {
                continue;
            }
            for (var stem : ANALYZER.analyze(part, phrase.language()).stems()) {
                var with = stems.getOrDefault(stem, new BitSet());
                if (candidates == null) {
                    candidates = (BitSet) with.clone();
                } else {
                    candidates.and(with);
                }
            }
        }
        if (candidates == null) {
            return false; // no word in it: it can match nothing
        }
        var requests = REQUESTS.get(phrase.language());
        int section = Cues.id(phrase.section());
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            var tokens = requests.get(i);
            for (var term : tokens.terms()) { // as the screener notes its terms for its own lexicon
                term.note(lexicon.start(term.stem), lexicon.word(term.stem), false, 0, 0, 0);
            }
            if (lexicon.find(tokens).has(section)) {
                return true;
            }
        }
        return false;
    }

    /** A lexicon of this phrase alone, read by {@link Lexicon#load} as the screener reads its lexicons. */
    private static Lexicon alone(Phrase phrase) {
        try {
            Files.writeString(probe, "[" + phrase.section() + "]\n" + phrase.text() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Lexicon.load(probe.getFileName().toString(), phrase.language(), ANALYZER);
    }

    static List<Phrase> checked() {
        var checked = new ArrayList<Phrase>();
        for (var language : List.of(Language.DE, Language.EN)) {
            for (var phrase : phrases(language)) {
                if (!CLOSED_LISTS.contains(phrase.section())) {
                    checked.add(phrase);
                }
            }
        }
        return checked;
    }

    @Test
    void everyPhraseThatRaisesASignalOrFeedsTheModelIsFoundInATrainingRequest() {
        var unsupported = new TreeMap<String, List<String>>();
        for (var phrase : checked()) {
            if (!KEPT.containsKey(phrase.toString()) && !supported(phrase)) {
                unsupported
                        .computeIfAbsent(
                                phrase.language().code() + " [" + phrase.section() + "]", k -> new ArrayList<>())
                        .add(phrase.text());
            }
        }

        assertThat(unsupported)
                .as("lexicon phrases that no request of the training corpus contains: remove them, or write the"
                        + " requests that use them into the corpus, or keep them in KEPT with a reason")
                .isEmpty();
    }

    @Test
    void everyPhraseKeptWithoutSupportIsInALexiconAndStillUnsupported() {
        var checked = checked().stream().map(Phrase::toString).toList();

        assertThat(checked).containsAll(KEPT.keySet());
        assertThat(checked().stream().filter(phrase -> KEPT.containsKey(phrase.toString())))
                .noneMatch(LexiconSupportTests::supported);
    }

    @Test
    void aPhraseIsSupportedOnlyWhereTheEngineFindsIt() {
        var seen = new Phrase(Language.EN, "sales_offer", "free * audit");
        var unseen = new Phrase(Language.EN, "sales_offer", "quantum flamingo brokerage");
        var wordless = new Phrase(Language.EN, "sales_offer", "€");

        assertThat(supported(seen)).isTrue();
        assertThat(supported(unseen)).isFalse();
        assertThat(supported(wordless)).isFalse();
    }
}

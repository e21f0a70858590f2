package org.doorman.core.screening;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * Tells German, English and other languages apart by their function words: the Snowball stopword lists that Lucene
 * ships for a dozen European languages, plus greetings, so that "Hallo Frau Neumann," or "hi there" is placed too.
 * A word that several languages share counts for each of them in part.
 */
final class LanguageDetector {

    private static final String[] SNOWBALL = {
        "german",
        "english",
        "french",
        "spanish",
        "italian",
        "dutch",
        "portuguese",
        "swedish",
        "danish",
        "norwegian",
        "finnish",
        "hungarian",
        "russian"
    };
    private static final Map<String, String> GREETINGS = Map.ofEntries(
            Map.entry("hallo", "german"),
            Map.entry("moin", "german"),
            Map.entry("servus", "german"),
            Map.entry("grüß", "german"),
            Map.entry("grüße", "german"),
            Map.entry("gruß", "german"),
            Map.entry("lg", "german"),
            Map.entry("vg", "german"),
            Map.entry("mfg", "german"),
            Map.entry("frau", "german"),
            Map.entry("herr", "german"),
            Map.entry("hi", "english"),
            Map.entry("hey", "english"),
            Map.entry("hello", "english"),
            Map.entry("hiya", "english"),
            Map.entry("dear", "english"),
            Map.entry("thanks", "english"),
            Map.entry("cheers", "english"),
            Map.entry("regards", "english"),
            Map.entry("bonjour", "french"),
            Map.entry("salut", "french"),
            Map.entry("merci", "french"),
            Map.entry("hola", "spanish"),
            Map.entry("gracias", "spanish"),
            Map.entry("saludos", "spanish"),
            Map.entry("ciao", "italian"),
            Map.entry("buongiorno", "italian"),
            Map.entry("grazie", "italian"),
            Map.entry("hoi", "dutch"),
            Map.entry("groeten", "dutch"),
            Map.entry("olá", "portuguese"),
            Map.entry("obrigado", "portuguese"),
            Map.entry("hej", "swedish"),
            Map.entry("cześć", "polish"),
            Map.entry("dzień", "polish"),
            Map.entry("merhaba", "turkish"));

    /** Per function word, the languages that use it as bits (bit i is {@code SNOWBALL[i]}). */
    private final Map<String, Integer> owners = new HashMap<>();

    LanguageDetector() {
        for (int i = 0; i < SNOWBALL.length; i++) {
            int bit = 1 << i;
            for (var word : load(SNOWBALL[i] + "_stop.txt")) {
                owners.merge(word instanceof char[] chars ? new String(chars) : word.toString(), bit, (a, b) -> a | b);
            }
        }
    }

    private static CharArraySet load(String resource) {
        var stream = Objects.requireNonNull(SnowballFilter.class.getResourceAsStream(resource), resource);
        try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
            return WordlistLoader.getSnowballWordSet(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    /** Every language a clue may point to: the Snowball ones, then the ones only letters tell, then other scripts. */
    private static final String[] LABELS = java.util.stream.Stream.concat(
                    java.util.Arrays.stream(SNOWBALL),
                    java.util.stream.Stream.of("polish", "turkish", "czech", "hungarian", "romanian", "other script"))
            .toArray(String[]::new);

    private static int label(String name) {
        return java.util.Arrays.asList(LABELS).indexOf(name);
    }

    private static final Map<String, Integer> GREETING_LABELS = GREETINGS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> label(entry.getValue())));
    private static final int GERMAN = label("german");
    private static final int FRENCH = label("french");
    private static final int SPANISH = label("spanish");
    private static final int PORTUGUESE = label("portuguese");
    private static final int SWEDISH = label("swedish");
    private static final int POLISH = label("polish");
    private static final int TURKISH = label("turkish");
    private static final int CZECH = label("czech");
    private static final int HUNGARIAN = label("hungarian");
    private static final int ROMANIAN = label("romanian");
    private static final int OTHER_SCRIPT = label("other script");

    /** The language of the lower-cased tokens, or empty when they hold no clue at all (e.g. only an emoji). */
    Optional<Language> detect(String[] tokens) {
        var scores = new double[LABELS.length];
        for (var token : tokens) {
            var bits = owners.get(token);
            if (bits != null) {
                int n = Integer.bitCount(bits);
                for (int i = 0; i < SNOWBALL.length; i++) {
                    if ((bits & (1 << i)) != 0) {
                        scores[i] += 1.0 / n;
                    }
                }
            }
            var greeting = GREETING_LABELS.get(token);
            if (greeting != null) {
                scores[greeting] += 1.5;
            }
            scoreLetters(token, scores);
        }
        String best = null;
        double bestScore = 0;
        for (int i = 0; i < LABELS.length; i++) {
            if (scores[i] > bestScore || (scores[i] == bestScore && best != null && LABELS[i].compareTo(best) < 0)) {
                best = LABELS[i];
                bestScore = scores[i];
            }
        }
        if (best == null || bestScore < 0.5) {
            return Optional.empty();
        }
        return Optional.of(
                switch (best) {
                    case "german" -> Language.DE;
                    case "english" -> Language.EN;
                    default -> Language.OTHER;
                });
    }

    /** Letters that only some languages use are a clue in short texts; other scripts are other languages. */
    private static void scoreLetters(String token, double[] scores) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '¡') {
                continue; // ASCII: no clue
            }
            if (c >= 0x0370 && Character.isLetter(c)) {
                // Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, ...: neither German nor English
                scores[OTHER_SCRIPT] += 1.0;
                continue;
            }
            switch (c) {
                case 'ä', 'ö', 'ü', 'ß' -> scores[GERMAN] += 0.3;
                case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'â', 'î', 'ô', 'û' -> scores[FRENCH] += 0.3;
                case 'ñ', 'á', 'í', 'ó', 'ú', '¿', '¡' -> scores[SPANISH] += 0.3;
                case 'ã', 'õ' -> scores[PORTUGUESE] += 0.3;
                case 'å', 'ø', 'æ' -> scores[SWEDISH] += 0.3;
                case 'ą', 'ę', 'ł', 'ń', 'ś', 'ź', 'ż' -> scores[POLISH] += 0.5;
                case 'ş', 'ğ', 'ı' -> scores[TURKISH] += 0.5;
                case 'ř', 'ě', 'ů', 'č', 'š', 'ž', 'ť', 'ď', 'ň' -> scores[CZECH] += 0.5;
                case 'ő', 'ű' -> scores[HUNGARIAN] += 0.5;
                case 'ă', 'ș', 'ț' -> scores[ROMANIAN] += 0.5;
                default -> {}
            }
        }
    }
}

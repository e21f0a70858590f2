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

    /** The language of the lower-cased tokens, or empty when they hold no clue at all (e.g. only an emoji). */
    Optional<Language> detect(String[] tokens) {
        var scores = new HashMap<String, Double>();
        for (var token : tokens) {
            var bits = owners.get(token);
            if (bits != null) {
                int n = Integer.bitCount(bits);
                for (int i = 0; i < SNOWBALL.length; i++) {
                    if ((bits & (1 << i)) != 0) {
                        scores.merge(SNOWBALL[i], 1.0 / n, Double::sum);
                    }
                }
            }
            var greeting = GREETINGS.get(token);
            if (greeting != null) {
                scores.merge(greeting, 1.5, Double::sum);
            }
            scoreLetters(token, scores);
        }
        String best = null;
        double bestScore = 0;
        for (var entry : scores.entrySet()) {
            if (entry.getValue() > bestScore
                    || (entry.getValue() == bestScore
                            && best != null
                            && entry.getKey().compareTo(best) < 0)) {
                best = entry.getKey();
                bestScore = entry.getValue();
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
    private static void scoreLetters(String token, Map<String, Double> scores) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c >= 0x0370 && Character.isLetter(c)) {
                // Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, ...: neither German nor English
                scores.merge("other script", 1.0, Double::sum);
                continue;
            }
            switch (c) {
                case 'ä', 'ö', 'ü', 'ß' -> scores.merge("german", 0.3, Double::sum);
                case 'é', 'è', 'ê', 'à', 'ç', 'ù', 'â', 'î', 'ô', 'û' -> scores.merge("french", 0.3, Double::sum);
                case 'ñ', 'á', 'í', 'ó', 'ú', '¿', '¡' -> scores.merge("spanish", 0.3, Double::sum);
                case 'ã', 'õ' -> scores.merge("portuguese", 0.3, Double::sum);
                case 'å', 'ø', 'æ' -> scores.merge("swedish", 0.3, Double::sum);
                case 'ą', 'ę', 'ł', 'ń', 'ś', 'ź', 'ż' -> scores.merge("polish", 0.5, Double::sum);
                case 'ş', 'ğ', 'ı' -> scores.merge("turkish", 0.5, Double::sum);
                case 'ř', 'ě', 'ů', 'č', 'š', 'ž', 'ť', 'ď', 'ň' -> scores.merge("czech", 0.5, Double::sum);
                case 'ő', 'ű' -> scores.merge("hungarian", 0.5, Double::sum);
                case 'ă', 'ș', 'ț' -> scores.merge("romanian", 0.5, Double::sum);
                default -> {}
            }
        }
    }
}

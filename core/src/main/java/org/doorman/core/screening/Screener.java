package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Reads a contact request: signals with evidence, the language, and one category with a confidence. Build it once
 * with {@link #create()} (lexicons and the text model are loaded then) and share it: it is thread-safe.
 */
public final class Screener {

    private final TextAnalyzer analyzer;
    private final LanguageDetector languages;
    private final Lexicon german;
    private final Lexicon english;
    private final List<Detector> detectors;
    private final Categorizer categorizer;

    private Screener(Weights weights) {
        analyzer = new TextAnalyzer();
        languages = new LanguageDetector();
        german = Lexicon.load("lexicon-de.txt", Language.DE, analyzer);
        english = Lexicon.load("lexicon-en.txt", Language.EN, analyzer);
        var stopwords = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), false);
        stopwords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stopwords.addAll(List.of("für", "und", "the", "and", "for", "with", "mit", "von", "bei", "vor", "ort"));
        var matcher = new PhraseMatcher(analyzer, stopwords);
        detectors = List.of(
                new RelationshipDetector(weights),
                new CollectorDetector(weights, CollectorDetector.Thresholds.defaults()),
                new TextPresenceDetector(weights, TextPresenceDetector.Vocabulary.from(german, english)),
                new ProfileReferenceDetector(weights, matcher),
                new NeedDetector(weights),
                new CueDetector(weights, SignalName.VAGUE_BENEFIT),
                new CueDetector(weights, SignalName.SALES_OFFER),
                new CueDetector(weights, SignalName.INFLUENTIAL_REACH),
                new CueDetector(weights, SignalName.ACQUAINTANCE_CLAIM),
                new CommonGroundDetector(weights, matcher));
        categorizer = new Categorizer();
    }

    /** A screener with the default weights, lexicons and text model. */
    public static Screener create() {
        return new Screener(Weights.defaults());
    }

    public Screening screen(ScreeningInput input) {
        var text = TextAnalyzer.capped(input.message());
        var language = input.language().orElseGet(() -> detect(text, input));
        var tokens = analyzer.analyze(text, language);
        var lexicon = language == Language.DE ? german : english;
        var request = Request.of(input, language, tokens, lexicon.find(tokens));
        var signals = new ArrayList<Signal>();
        for (var detector : detectors) {
            signals.addAll(detector.detect(request));
        }
        signals.add(new Signal(SignalName.LANGUAGE.wireName(), 0, language.code()));
        if (text.length() < input.message().length()) {
            signals.add(new Signal(
                    SignalName.TEXT_TRUNCATED.wireName(), 0, "first " + text.length() + " characters screened"));
        }
        if (!language.supported()) {
            signals.add(new Signal(SignalName.LANGUAGE_NOT_SUPPORTED.wireName(), 1, "language not supported"));
        }
        var result = categorizer.categorize(request, signals);
        var reason = language.supported() ? result.reason() : "language not supported";
        return new Screening(result.category(), result.confidence(), signals, language, reason);
    }

    private Language detect(String text, ScreeningInput input) {
        Optional<Language> detected = languages.detect(analyzer.surface(text));
        if (detected.isPresent()) {
            return detected.get();
        }
        var recipient = input.recipient();
        var profile = recipient.headline() + " " + String.join(" ", recipient.offers()) + " " + recipient.about();
        return languages
                .detect(analyzer.surface(TextAnalyzer.capped(profile)))
                .filter(Language::supported)
                .orElse(Language.EN);
    }
}

package org.doorman.core.screening;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Reads a contact request: signals with evidence, the language, and one category with a confidence. Build it once
 * with {@link #create()} (lexicons are loaded and the text model is trained on the project's corpus then) and
 * share it: it is thread-safe.
 */
public final class Screener {

    /** What the detectors read from a request, before a category is chosen. */
    record Reading(Request request, List<Signal> signals) {}

    private final TextAnalyzer analyzer;
    private final LanguageDetector languages;
    private final Lexicon german;
    private final Lexicon english;
    private final List<Detector> detectors;
    private final TextPresenceDetector.Vocabulary vocabulary;
    private volatile Categorizer categorizer;

    private Screener(Weights weights) {
        this(weights, LanguageDetector::new);
    }

    /** {@code languages} is asked for last, so that it can be built on another thread meanwhile. */
    private Screener(Weights weights, Supplier<LanguageDetector> languages) {
        analyzer = new TextAnalyzer();
        german = Lexicon.load("lexicon-de.txt", Language.DE, analyzer);
        english = Lexicon.load("lexicon-en.txt", Language.EN, analyzer);
        var stopwords = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), false);
        stopwords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        stopwords.addAll(List.of("für", "und", "the", "and", "for", "with", "mit", "von", "bei", "vor", "ort"));
        var generic = new HashSet<String>(german.words("generic"));
        generic.addAll(english.words("generic"));
        var matcher = new PhraseMatcher(analyzer, stopwords, generic);
        vocabulary = TextPresenceDetector.Vocabulary.from(german, english);
        analyzer.noteTermsWith((term, language) -> {
            var lexicon = language == Language.DE ? german : english;
            term.note(
                    lexicon.start(term.stem),
                    lexicon.word(term.stem),
                    vocabulary.of(language).contains(term.stem),
                    Features.wordBucket(term.stem),
                    Features.prefixBucket(term.surface),
                    Features.suffixBucket(term.surface));
        });
        detectors = List.of(
                new RelationshipDetector(weights),
                new CollectorDetector(weights, CollectorDetector.Thresholds.defaults()),
                new TextPresenceDetector(weights, vocabulary),
                new ProfileReferenceDetector(weights, matcher),
                new SenderTradeDetector(weights, matcher),
                new SeeksDetector(weights, matcher),
                new CueDetector(weights, SignalName.OFFERS_TO_MEMBER),
                new CueDetector(weights, SignalName.ASKS_FOR_MEMBER_OFFER),
                new NeedDetector(weights),
                new CueDetector(weights, SignalName.VAGUE_BENEFIT),
                new CueDetector(weights, SignalName.SALES_OFFER),
                new CueDetector(weights, SignalName.INFLUENTIAL_REACH),
                new CueDetector(weights, SignalName.ACQUAINTANCE_CLAIM),
                new CueDetector(weights, SignalName.GENERIC_CONTACT),
                new CommonGroundDetector(weights, matcher),
                new ValueDirectionDetector(weights, matcher));
        this.languages = languages.get();
    }

    /** The text model the build trained on the project's corpus and put in the jar. */
    static final String MODEL = "text-model.bin.gz";

    /**
     * A screener with the default weights and lexicons and the text model trained on the project's corpus: the one
     * the build shipped, or, when a build left it out, trained now (deterministically, in a few seconds).
     */
    public static Screener create() {
        // The language lists and the shipped model are read on a second thread while this one stems the lexicons:
        // each takes about half of the start.
        var languages = new FutureTask<>(LanguageDetector::new);
        var shipped = new FutureTask<>(Screener::shippedModel);
        var second = new Thread(
                () -> {
                    languages.run();
                    shipped.run();
                },
                "screener-start");
        second.setDaemon(true);
        second.start();
        var screener = new Screener(Weights.defaults(), () -> join(languages));
        var model = join(shipped).orElseGet(() -> screener.train(Corpus.load(), TextModel.Settings.defaults()));
        screener.categorizer = new Categorizer(model);
        return screener;
    }

    /**
     * Starts building a screener on a thread of its own, so that a command can read its arguments meanwhile; the
     * supplier waits for it (and rethrows what failed).
     */
    public static Supplier<Screener> createInBackground() {
        var task = new FutureTask<>(Screener::create);
        var thread = new Thread(task, "screener");
        thread.setDaemon(true);
        thread.start();
        return () -> join(task);
    }

    private static <T> T join(FutureTask<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static Optional<TextModel> shippedModel() {
        var stream = Screener.class.getResourceAsStream(MODEL);
        if (stream == null) {
            return Optional.empty();
        }
        try (var in = new java.io.DataInputStream(
                new java.io.BufferedInputStream(new java.util.zip.GZIPInputStream(stream, 1 << 16)))) {
            return Optional.of(TextModel.readFrom(in));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** A screener without a text model yet, for training and cross-validation. */
    static Screener untrained() {
        return new Screener(Weights.defaults());
    }

    TextModel train(List<LabelledRequest> examples, TextModel.Settings settings) {
        var labelled = new ArrayList<TextModel.Example>();
        for (var example : examples) {
            if (example.category() == Category.KNOWN) {
                continue; // known comes from the data, not from the text
            }
            var reading = read(example.input());
            labelled.add(new TextModel.Example(Features.of(reading.request(), reading.signals()), example.category()));
        }
        return TextModel.train(labelled, settings);
    }

    /** The lines of the project's training corpus, shipped in this jar: labelled requests, each with its writer. */
    public static List<String> corpusLines() {
        return Corpus.lines();
    }

    /**
     * A screener whose text model is trained on {@code examples} alone, calibrated with the temperature of the shipped
     * model: for cross-validation, where each part of a corpus is screened by a model that never saw it.
     */
    public static Screener trainedOn(List<LabelledRequest> examples) {
        var screener = untrained();
        double temperature = shippedModel().map(TextModel::temperature).orElse(1.0);
        return screener.with(
                screener.train(examples, TextModel.Settings.defaults()).withTemperature(temperature));
    }

    Screener with(TextModel model) {
        categorizer = new Categorizer(model);
        return this;
    }

    public Screening screen(ScreeningInput input) {
        var reading = read(input);
        var language = reading.request().language();
        var result = categorizer.categorize(reading.request(), reading.signals());
        var reason = language.supported() ? result.reason() : "language not supported";
        return new Screening(
                result.category(), result.confidence(), reading.signals(), language, reason, result.probabilities());
    }

    Reading read(ScreeningInput input) {
        var text = TextAnalyzer.capped(input.message());
        Language language;
        Tokens tokens;
        if (input.language().isPresent()) {
            language = input.language().get();
            tokens = analyzer.analyze(text, language);
        } else {
            var english = analyzer.analyze(text, Language.EN);
            language = languages.detect(english.surfaces()).orElseGet(() -> fromProfile(input));
            tokens = language == Language.DE ? analyzer.analyze(text, Language.DE) : english;
        }
        var lexicon = language == Language.DE ? german : english;
        var request = Request.of(input, language, tokens, lexicon.find(tokens), vocabulary);
        var signals = new ArrayList<Signal>(16);
        for (var detector : detectors) {
            detector.detect(request, signals);
        }
        signals.add(new Signal(SignalName.LANGUAGE.wireName(), 0, language.code()));
        if (text.length() < input.message().length()) {
            signals.add(new Signal(
                    SignalName.TEXT_TRUNCATED.wireName(), 0, "first " + text.length() + " characters screened"));
        }
        if (!language.supported()) {
            signals.add(new Signal(SignalName.LANGUAGE_NOT_SUPPORTED.wireName(), 1, "language not supported"));
        }
        return new Reading(request, signals);
    }

    /** A text without any clue (only a name or an emoji) is read in the language of the member's profile. */
    private Language fromProfile(ScreeningInput input) {
        var recipient = input.recipient();
        var profile = recipient.headline() + " " + String.join(" ", recipient.offers());
        return languages
                .detect(analyzer.surface(TextAnalyzer.capped(profile)))
                .filter(Language::supported)
                .orElse(Language.EN);
    }
}

package org.doorman.core.screening;

import java.util.List;

/**
 * Turns a request and its signals into hashed features for the text model: word stems and stem pairs, character
 * affixes of the words (robust to typos and compounds), the signals and lexicon cues, their key combinations, and
 * a few sizes. Names are replaced by a placeholder so the model learns no people.
 */
final class Features {

    static final int BITS = 14;
    static final int BUCKETS = 1 << BITS;
    private static final int MASK = BUCKETS - 1;

    private static final int WORD = 0x1000193;
    private static final int PAIR = 0x2000193;
    private static final int PREFIX = 0x3000193;
    private static final int SUFFIX = 0x8000193;
    private static final int SIGNAL = 0x4000193;
    private static final int CUE = 0x5000193;
    private static final int BOTH = 0x6000193;
    private static final int META = 0x7000193;
    private static final String NAME = "<name>";
    private static final String NUMBER = "<num>";

    /** Signals whose pairs the model sees as one feature each, so a linear model can weigh combinations. */
    private static final List<SignalName> KEY = List.of(
            SignalName.REFERENCES_OFFER,
            SignalName.SENDER_TRADE,
            SignalName.MATCHES_MEMBER_SEEKS,
            SignalName.OFFERS_TO_MEMBER,
            SignalName.ASKS_FOR_MEMBER_OFFER,
            SignalName.DIRECTION_NEED,
            SignalName.DIRECTION_SALE,
            SignalName.REFERENCES_PROFILE,
            SignalName.STATES_NEED,
            SignalName.ASKS_QUESTION,
            SignalName.SALES_OFFER,
            SignalName.VAGUE_BENEFIT,
            SignalName.ACQUAINTANCE_CLAIM,
            SignalName.GENERIC_CONTACT,
            SignalName.SHARED_GROUP,
            SignalName.SHARED_SCHOOL,
            SignalName.SHARED_EMPLOYER,
            SignalName.PRIVATE_INTEREST_HOOK,
            SignalName.INFLUENTIAL_REACH,
            SignalName.DEFAULT_TEXT);

    /**
     * The signals read from the text: the {@link #KEY} signals and a few more (figures and dates left out: they vary
     * too much with the writer).
     */
    private static final java.util.Set<String> TEXT_SIGNALS = java.util.stream.Stream.concat(
                    KEY.stream(),
                    java.util.stream.Stream.of(
                            SignalName.NO_TEXT,
                            SignalName.SALUTATION,
                            SignalName.NO_SALUTATION,
                            SignalName.SHARED_TOPIC))
            .map(SignalName::wireName)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A signal read from the text: its bucket, and its place among the {@link #KEY} signals (or -1). */
    private record TextSignal(int bucket, int key) {}

    private static final java.util.Map<String, TextSignal> TEXT_SIGNAL = TEXT_SIGNALS.stream()
            .collect(java.util.stream.Collectors.toMap( // a HashMap: the quickest lookup, and never changed
                    name -> name, name -> new TextSignal(bucket(SIGNAL, name.hashCode()), keyIndex(name))));

    private Features() {}

    static FeatureVector of(Request request, List<Signal> signals) {
        var features = new FeatureVector(request.tokens().size() * 4 + signals.size() * 2 + 96);
        into(request, signals, features);
        return features;
    }

    /** The features of a request, in a fixed order, into {@code features}. */
    static void into(Request request, List<Signal> signals, FeatureSink features) {
        features.add(0, 1f);
        words(request, features);
        long present = 0; // the KEY signals raised, as bits
        for (int i = 0; i < signals.size(); i++) {
            var signal = signals.get(i);
            var text = TEXT_SIGNAL.get(signal.name());
            if (text == null || signal.evidence().endsWith(CommonGroundDetector.FROM_DATA)) {
                continue; // the category comes from the text; the data decides known and collectors on its own
            }
            features.add(text.bucket(), 1f);
            if (text.key() >= 0) {
                present |= 1L << text.key();
            }
        }
        for (int a = 0; a < KEY.size(); a++) {
            if ((present & 1L << a) == 0) {
                features.add(bucket(BOTH, 1000 + a), 0.5f);
                continue;
            }
            for (long later = present & -2L << a; later != 0; later &= later - 1) {
                features.add(bucket(BOTH, a * 31 + Long.numberOfTrailingZeros(later)), 1f);
            }
        }
        var cues = request.cues();
        for (int section = 0; section < Cues.sections(); section++) {
            int count = cues.count(section);
            if (count > 0 && section != TIME) {
                features.add(bucket(CUE, Cues.name(section).hashCode()), LOG1P[Math.min(count, LOG1P.length - 1)]);
            }
        }
        int tokens = request.tokens().size();
        features.add(bucket(META, 1 + bucketOf(tokens, 3, 8, 20, 50, 120)), 1f);
        features.add(bucket(META, 40 + request.language().ordinal()), 1f);
    }

    /**
     * Word stems, stem pairs and affixes, damped by the square root of the length so long texts weigh no more. A word
     * or pair counts once however often it is repeated, so that "Win-Win Win-Win ..." weighs no more than one.
     */
    private static void words(Request request, FeatureSink features) {
        var tokens = request.tokens();
        var names = request.nameTokens();
        float damping = tokens.size() > 0 ? (float) (1 / Math.sqrt(tokens.size())) : 1f;
        var seen = new Seen(tokens.size());
        int previous = 0x9e3779b9;
        for (int i = 0; i < tokens.size(); i++) {
            int hash;
            int word;
            if (names[i]) {
                hash = NAME_HASH;
                word = NAME_BUCKET;
            } else if (tokens.numeric()[i]) {
                hash = NUMBER_HASH;
                word = NUMBER_BUCKET;
            } else {
                var term = tokens.terms()[i];
                hash = term.stemHash;
                if (seen.add(hash)) {
                    features.addWord(term, damping);
                }
                word = 0;
            }
            if (word != 0) {
                features.add(word, 1f * damping);
            }
            int pair = previous * 31 + hash;
            if (seen.add(pair ^ 0x5bd1e995)) {
                features.add(bucket(PAIR, pair), 1f * damping);
            }
            previous = hash;
        }
    }

    /** The hashes of one request's words and pairs seen so far: a small open-addressing set. */
    private static final class Seen {
        private final int[] slots;
        private final boolean[] used;

        Seen(int tokens) {
            int size = Integer.highestOneBit(Math.max(8, tokens * 4) - 1) << 1;
            slots = new int[size];
            used = new boolean[size];
        }

        /** Adds the hash; false when it was there already. */
        boolean add(int hash) {
            int mask = slots.length - 1;
            for (int i = (hash * 0x9E3779B1) >>> 16 & mask; ; i = (i + 1) & mask) {
                if (!used[i]) {
                    used[i] = true;
                    slots[i] = hash;
                    return true;
                }
                if (slots[i] == hash) {
                    return false;
                }
            }
        }
    }

    static final float AFFIX = 0.3f;

    /** Time phrases ("im März") count as details, not as cues. */
    private static final int TIME = Cues.id("time");

    /** How much a cue weighs by how often it occurs: log(1 + n), up to 64 times. */
    private static final float[] LOG1P = new float[65];

    static {
        for (int n = 0; n < LOG1P.length; n++) {
            LOG1P[n] = (float) Math.log1p(n);
        }
    }

    private static final int NAME_HASH = NAME.hashCode();
    private static final int NAME_BUCKET = wordBucket(NAME);
    private static final int NUMBER_HASH = NUMBER.hashCode();
    private static final int NUMBER_BUCKET = wordBucket(NUMBER);

    static int wordBucket(String stem) {
        return bucket(WORD, stem.hashCode());
    }

    /** The bucket of the first four letters of a word of five letters or more: robust to typos and inflections. */
    static int prefixBucket(String word) {
        if (word.length() < 5) {
            return 0;
        }
        return bucket(PREFIX, ((word.charAt(0) * 31 + word.charAt(1)) * 31 + word.charAt(2)) * 31 + word.charAt(3));
    }

    /** The bucket of the last four letters of a word of five letters or more: robust to compounds. */
    static int suffixBucket(String word) {
        int n = word.length();
        if (n < 5) {
            return 0;
        }
        return bucket(
                SUFFIX,
                ((word.charAt(n - 4) * 31 + word.charAt(n - 3)) * 31 + word.charAt(n - 2)) * 31 + word.charAt(n - 1));
    }

    private static int keyIndex(String name) {
        for (int i = 0; i < KEY.size(); i++) {
            if (KEY.get(i).wireName().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int bucketOf(int value, int... bounds) {
        int b = 0;
        while (b < bounds.length && value >= bounds[b]) {
            b++;
        }
        return b;
    }

    static int bucket(int namespace, int hash) {
        int h = (hash ^ namespace) * 0x9E3779B1;
        h ^= h >>> 15;
        h *= 0x85EBCA77;
        h ^= h >>> 13;
        int b = h & MASK;
        return b == 0 ? 1 : b;
    }
}

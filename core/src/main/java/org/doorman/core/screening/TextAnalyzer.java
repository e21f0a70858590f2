package org.doorman.core.screening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.doorman.core.screening.Chunks.Chunk;
import org.doorman.core.screening.Chunks.Piece;
import org.doorman.core.screening.Chunks.Word;

/**
 * Lucene analysis for screening: the standard (UAX#29) tokenizer and lower-casing, then German normalization and
 * the German light stemmer, or the English possessive filter and the Porter stemmer. The stemming filters work on
 * one token at a time, so each word is stemmed once and remembered (per thread, up to {@value #WORDS} chunks):
 * requests share most of their words, and a remembered word also hands out the same strings every time, whose hash
 * codes are then computed once. Thread-safe: Lucene analyzers reuse their components per thread.
 */
final class TextAnalyzer {

    /** Longer messages are cut here: what matters in a contact request is in its first few thousand characters. */
    static final int MAX_CHARS = 5_000;

    /**
     * How many chunks of text (between white space) each thread remembers before it starts afresh; and how many
     * characters they may hold together, so that hostile text of long unique chunks stays within a few megabytes.
     */
    static final int WORDS = 50_000;

    static final int CHARACTERS = 500_000;

    private static final String FIELD = "message";
    /** Chunks this long may hold a word longer than the tokenizer's limit. */
    private static final int LONGEST = StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    private static final String NUM = StandardTokenizer.TOKEN_TYPES[StandardTokenizer.NUM];

    private final Analyzer words = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            var source = new StandardTokenizer();
            return new TokenStreamComponents(source, new LowerCaseFilter(source));
        }
    };

    private final Analyzer german = stemmer(word -> new GermanLightStemFilter(new GermanNormalizationFilter(word)));
    private final Analyzer english = stemmer(word -> new PorterStemFilter(new EnglishPossessiveFilter(word)));

    private volatile Term.Notes notes;

    /** How many chunks each thread remembers before it starts afresh. */
    private final int limit;

    TextAnalyzer() {
        this(WORDS);
    }

    TextAnalyzer(int limit) {
        this.limit = limit;
    }

    private final ThreadLocal<Memory> remembered = ThreadLocal.withInitial(Memory::new);

    /** What one thread keeps between texts: the chunks it has seen, and buffers. */
    private final class Memory {
        final Chunks chunks = new Chunks(limit, CHARACTERS, TextAnalyzer.this::tokenize);
        /** Room for every token of a capped text, so that the scratch never grows: a branch the JIT would trap. */
        Scratch scratch = Scratch.of(MAX_CHARS);

        private char[] chars = new char[MAX_CHARS];

        /** A buffer for the characters of a text of this length. */
        char[] chars(int length) {
            if (chars.length < length) {
                chars = new char[length];
            }
            return chars;
        }
    }

    /** The stemming filters of a language over a single lower-cased word. */
    private static Analyzer stemmer(Function<TokenStream, TokenStream> stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new KeywordTokenizer();
                return new TokenStreamComponents(source, stemming.apply(source));
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
        return run(text, Language.EN).surfaces();
    }

    /** Surface forms and stems of the (already capped) text, stemmed for the given language. */
    Tokens analyze(String text, Language language) {
        return run(text, language == Language.DE ? Language.DE : Language.EN);
    }

    private Tokens run(String text, Language language) {
        var memory = remembered.get();
        int length = text.length();
        var chars = memory.chars(length);
        text.getChars(0, length, chars, 0);
        var scratch = memory.scratch;
        int n = 0;
        for (int from = 0, at; from < length; from = at + 1) {
            // chunks end at spaces and line breaks; other white space in a chunk is fine, the tokenizer breaks there
            // as it would in the whole text. One pass finds the chunk's end, its hash and its characters packed into
            // one number (see Chunks).
            at = from;
            int hash = 0;
            long packed = 0;
            int wide = 0;
            for (char c; at < length && (c = chars[at]) != ' ' && c != '\n'; at++) {
                hash = 31 * hash + c;
                packed = packed << 8 | c;
                wide |= c;
            }
            if (at == from) {
                continue;
            }
            if (at - from >= LONGEST || Character.isHighSurrogate(chars[at - 1])) {
                return onePass(text, language, memory);
            }
            var chunk = memory.chunks.find(chars, from, at, hash, at - from <= 7 && wide <= 0xFF ? packed : -1);
            int count = chunk.word != null ? 1 : chunk.pieces.length;
            if (n + count > scratch.capacity()) {
                scratch = memory.scratch = scratch.grown(n + count);
            }
            if (chunk.word != null) {
                var term = term(chunk, language);
                scratch.put(n++, term, from + chunk.start, from + chunk.end, chunk.numeric);
                continue;
            }
            var terms = terms(chunk, language);
            for (int k = 0; k < count; k++) {
                var piece = chunk.pieces[k];
                var term = terms[k];
                scratch.put(n++, term, from + piece.start(), from + piece.end(), piece.numeric());
            }
        }
        return scratch.tokens(text, n);
    }

    /**
     * The whole text in one pass of the tokenizer, for texts with a chunk that the tokenizer reads differently alone:
     * one so long that a word in it may be cut (where depends on what came before), or one that ends in half a
     * surrogate pair.
     */
    private Tokens onePass(String text, Language language, Memory memory) {
        var pieces = tokenize(text, memory.chunks.words());
        var scratch = memory.scratch;
        if (pieces.length > scratch.capacity()) {
            scratch = memory.scratch = scratch.grown(pieces.length);
        }
        for (int n = 0; n < pieces.length; n++) {
            var piece = pieces[n];
            var term = term(piece.word(), language);
            scratch.put(n, term, piece.start(), piece.end(), piece.numeric());
        }
        return scratch.tokens(text, pieces.length);
    }

    /** Arrays a thread fills while it reads a text, copied to the exact size at the end. */
    private record Scratch(Term[] terms, int[] starts, int[] ends, boolean[] numeric) {
        static Scratch of(int capacity) {
            return new Scratch(new Term[capacity], new int[capacity], new int[capacity], new boolean[capacity]);
        }

        int capacity() {
            return terms.length;
        }

        /** Token {@code n}: its term and its place. */
        void put(int n, Term term, int start, int end, boolean numeric) {
            terms[n] = term;
            starts[n] = start;
            ends[n] = end;
            this.numeric[n] = numeric;
        }

        Scratch grown(int needed) {
            var grown = of(Math.max(needed, capacity() * 2));
            System.arraycopy(terms, 0, grown.terms, 0, capacity());
            System.arraycopy(starts, 0, grown.starts, 0, capacity());
            System.arraycopy(ends, 0, grown.ends, 0, capacity());
            System.arraycopy(numeric, 0, grown.numeric, 0, capacity());
            return grown;
        }

        Tokens tokens(String text, int n) {
            return new Tokens(
                    text,
                    Arrays.copyOf(terms, n),
                    Arrays.copyOf(starts, n),
                    Arrays.copyOf(ends, n),
                    Arrays.copyOf(numeric, n));
        }
    }

    /** The tokens of one chunk of text between white space, as the Lucene chain reads them. */
    private Piece[] tokenize(String chunk, Map<String, Word> words) {
        var pieces = new Piece[1];
        int n = 0;
        try (var stream = this.words.tokenStream(FIELD, chunk)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var surface = term.toString();
                var word = words.computeIfAbsent(surface, Word::new);
                if (n == pieces.length) {
                    pieces = sized(pieces, n * 2, n);
                }
                pieces[n++] = new Piece(word, offset.startOffset(), offset.endOffset(), NUM.equals(type.type()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return n == pieces.length ? pieces : sized(pieces, n, n);
    }

    /** The first {@code n} pieces in an array of {@code size} (a plain copy: no array type for the JIT to guess). */
    private static Piece[] sized(Piece[] pieces, int size, int n) {
        var sized = new Piece[size];
        System.arraycopy(pieces, 0, sized, 0, n);
        return sized;
    }

    /** The term of a one-word chunk in a language, made once and noted. */
    private Term term(Chunk chunk, Language language) {
        var term = language == Language.DE ? chunk.german : chunk.english;
        if (term == null) {
            term = term(chunk.word, language);
            if (language == Language.DE) {
                chunk.german = term;
            } else {
                chunk.english = term;
            }
        } else if (!term.noted()) {
            note(term, language);
        }
        return term;
    }

    /** The terms of the tokens of a chunk of several in a language, made once and noted. */
    private Term[] terms(Chunk chunk, Language language) {
        var terms = language == Language.DE ? chunk.germans : chunk.englishes;
        if (terms == null) {
            terms = new Term[chunk.pieces.length];
            for (int k = 0; k < terms.length; k++) {
                terms[k] = term(chunk.pieces[k].word(), language);
            }
            if (language == Language.DE) {
                chunk.germans = terms;
            } else {
                chunk.englishes = terms;
            }
        } else {
            for (var term : terms) {
                if (!term.noted()) {
                    note(term, language);
                }
            }
        }
        return terms;
    }

    private Term term(Word word, Language language) {
        Term term;
        if (language == Language.DE) {
            if (word.german == null) {
                word.german = new Term(word.surface, stem(german, Abbreviations.expand(word.surface, Language.DE)));
            }
            term = word.german;
        } else {
            if (word.english == null) {
                word.english = new Term(word.surface, stem(english, Abbreviations.expand(word.surface, Language.EN)));
            }
            term = word.english;
        }
        if (!term.noted()) {
            note(term, language);
        }
        return term;
    }

    private void note(Term term, Language language) {
        var notes = this.notes;
        if (notes != null) {
            notes.note(term, language);
        }
    }

    /** From now on, each new term is noted by {@code notes} before it is handed out. */
    void noteTermsWith(Term.Notes notes) {
        this.notes = notes;
    }

    /** The stem of one word; the word itself (the same string) when the stemmer leaves it unchanged. */
    private static String stem(Analyzer stemmer, String surface) {
        try (var stream = stemmer.tokenStream(FIELD, surface)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            String stem = surface;
            if (stream.incrementToken() && !surface.contentEquals(term)) {
                stem = term.toString();
            }
            stream.end();
            return stem;
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
    }
}

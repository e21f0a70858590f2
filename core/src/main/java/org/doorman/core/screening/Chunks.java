package org.doorman.core.screening;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The chunks of text (between spaces and line breaks) and the words one thread has seen, with the tokens Lucene made
 * of each chunk: an open-addressing table of chunks by the hash of their characters, so that a chunk seen before is
 * found without copying it out of the text. Not thread-safe: each thread keeps its own.
 */
final class Chunks {

    /** A lower-cased word as it occurs, and its stems once asked for. */
    static final class Word {
        final String surface;
        Term german;
        Term english;

        Word(String surface) {
            this.surface = surface;
        }
    }

    /** A token of a chunk: the word and where it stands in the chunk. */
    record Piece(Word word, int start, int end, boolean numeric) {}

    /**
     * A chunk of text between white space, its tokens, and their terms in each language once asked for. Most chunks
     * are one word; its word, place and terms are kept in the chunk itself, so that reading a remembered word touches
     * only its chunk and its term.
     */
    static final class Chunk {
        final int hash;
        final int length;
        /**
         * Up to seven Latin-1 characters in one number, a byte each, the first highest (so the top byte stays clear);
         * or -1 for a longer or wider chunk, which keeps its {@link #text}.
         */
        final long packed;

        final char[] text;
        /** The chunk's one token: its word and place, and its terms; null when it has none or several. */
        final Word word;

        final int start;
        final int end;
        final boolean numeric;
        Term german;
        Term english;
        /** The chunk's tokens when it has none or several, and their terms. */
        final Piece[] pieces;

        Term[] germans;
        Term[] englishes;

        Chunk(int hash, long packed, char[] text, Piece[] pieces) {
            this.hash = hash;
            this.length = text.length;
            this.packed = packed;
            this.text = packed >= 0 ? null : text;
            if (pieces.length == 1) {
                var piece = pieces[0];
                this.word = piece.word();
                this.start = piece.start();
                this.end = piece.end();
                this.numeric = piece.numeric();
                this.pieces = null;
            } else {
                this.word = null;
                this.start = 0;
                this.end = 0;
                this.numeric = false;
                this.pieces = pieces;
            }
        }

        /** Whether this chunk is {@code chars[from, to)}; compared without a branch until the hashes agree. */
        boolean holds(char[] chars, int from, int to, int hash, long packed) {
            long differs = (this.hash ^ hash) | (length ^ (to - from)) | (this.packed ^ packed);
            return differs == 0 && (packed >= 0 || Arrays.equals(chars, from, to, text, 0, length));
        }
    }

    /** Makes the tokens of a chunk not seen before, sharing the words already known. */
    interface Tokenizer {
        Piece[] tokenize(String chunk, Map<String, Word> words);
    }

    private final int limit;
    private final int characterLimit;
    private final Tokenizer tokenizer;
    /** Room for 16,384 chunks before the table grows, so that it seldom does while the JIT is still learning it. */
    private Chunk[] chunks = new Chunk[1 << 15];

    private int size;
    private int characters;
    private final Map<String, Word> words = new HashMap<>();

    /** Up to {@code limit} chunks holding up to {@code characterLimit} characters, then it starts afresh. */
    Chunks(int limit, int characterLimit, Tokenizer tokenizer) {
        this.limit = limit;
        this.characterLimit = characterLimit;
        this.tokenizer = tokenizer;
    }

    /** The words of the chunks, for tokenizing a whole text in one pass. */
    Map<String, Word> words() {
        return words;
    }

    /**
     * The chunk {@code text[from, to)}, given the hash of its characters (as {@link String#hashCode()} computes it)
     * and its {@linkplain Chunk#packed packed} characters; tokenized now if it is new.
     */
    Chunk find(char[] text, int from, int to, int hash, long packed) {
        int mask = chunks.length - 1;
        int slot = mix(hash) & mask;
        Chunk chunk;
        while ((chunk = chunks[slot]) != null) {
            if (chunk.holds(text, from, to, hash, packed)) {
                return chunk;
            }
            slot = (slot + 1) & mask;
        }
        return learn(text, from, to, hash, packed, slot);
    }

    /** Tokenizes a chunk not seen before and keeps it in {@code slot}, or elsewhere when the table is full. */
    private Chunk learn(char[] text, int from, int to, int hash, long packed, int slot) {
        if (size >= limit || characters >= characterLimit) {
            Arrays.fill(chunks, null);
            words.clear();
            size = 0;
            characters = 0;
            slot = mix(hash) & (chunks.length - 1);
        } else if (size * 2 >= chunks.length) {
            grow();
            return find(text, from, to, hash, packed);
        }
        var copy = Arrays.copyOfRange(text, from, to);
        var chunk = new Chunk(hash, packed, copy, tokenizer.tokenize(new String(copy), words));
        chunks[slot] = chunk;
        size++;
        characters += to - from;
        return chunk;
    }

    private void grow() {
        var old = chunks;
        chunks = new Chunk[old.length * 2];
        int mask = chunks.length - 1;
        for (var chunk : old) {
            if (chunk != null) {
                int slot = mix(chunk.hash) & mask;
                while (chunks[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                chunks[slot] = chunk;
            }
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}

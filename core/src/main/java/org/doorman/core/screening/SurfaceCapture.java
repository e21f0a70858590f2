package org.doorman.core.screening;

import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Passes tokens on unchanged and keeps a copy of each term as it went by: placed after lower-casing and before
 * stemming, it gives the surface form of the token that the stemmer then changes.
 */
final class SurfaceCapture extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] buffer = new char[32];
    private int length;

    SurfaceCapture(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws java.io.IOException {
        if (!input.incrementToken()) {
            return false;
        }
        length = term.length();
        if (length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(length, buffer.length * 2));
        }
        System.arraycopy(term.buffer(), 0, buffer, 0, length);
        return true;
    }

    /** The last term as it entered this filter. */
    String surface() {
        return new String(buffer, 0, length);
    }

    /** Whether the term now equals the captured surface, so that one string can serve as both. */
    boolean unchanged(CharTermAttribute stemmed) {
        return stemmed.length() == length && Arrays.equals(stemmed.buffer(), 0, length, buffer, 0, length);
    }
}

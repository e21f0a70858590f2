package org.doorman.batch.progress;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** Passes on the bytes of a stream and tells how many each read brought. */
final class CountingInputStream extends FilterInputStream {

    private final LongConsumer counted;

    CountingInputStream(InputStream in, LongConsumer counted) {
        super(in);
        this.counted = counted;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted.accept(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int read = super.read(bytes, offset, length);
        if (read > 0) {
            counted.accept(read);
        }
        return read;
    }
}

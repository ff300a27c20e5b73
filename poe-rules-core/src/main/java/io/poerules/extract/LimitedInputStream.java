package io.poerules.extract;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails with {@link InputTooLargeException} once more than a set number of bytes has been read. */
final class LimitedInputStream extends FilterInputStream {

    /** The input is larger than the limit. */
    static final class InputTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        InputTooLargeException(long limit) {
            super("input exceeds " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    private final long limit;
    private long count;
    private long mark;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            charge(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            charge(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        charge(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readlimit) {
        super.mark(readlimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    @Override
    public void close() {
        // the caller owns the stream
    }

    private void charge(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new InputTooLargeException(limit);
        }
    }
}

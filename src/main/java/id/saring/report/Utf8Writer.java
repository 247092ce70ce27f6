package id.saring.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer for one thread: no lock on each call, as {@link java.io.BufferedWriter} takes, and runs
 * of ASCII copied into the buffer in one loop. A surrogate without its pair is written as {@code ?}, as
 * {@link java.io.OutputStreamWriter} writes it.
 */
final class Utf8Writer extends Writer {

    /** Texts this long or longer go through the JDK's encoder. */
    private static final int BULK = 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[64 * 1024];
    private int used;
    /** A high surrogate whose low one has not come yet; 0 when none. */
    private char high;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (high == 0 && length >= BULK && !Character.isHighSurrogate(s.charAt(offset + length - 1))) {
            // the JDK's own encoder, many times faster on a long text; it too writes a lone surrogate as ?
            byte[] bytes = (offset == 0 && length == s.length() ? s : s.substring(offset, offset + length))
                    .getBytes(StandardCharsets.UTF_8);
            if (bytes.length > buffer.length - used) {
                drain();
            }
            if (bytes.length > buffer.length) {
                out.write(bytes);
            } else {
                System.arraycopy(bytes, 0, buffer, used, bytes.length);
                used += bytes.length;
            }
            return;
        }
        int i = offset;
        int end = offset + length;
        while (i < end) {
            if (high == 0) {
                int stop = Math.min(end, i + buffer.length - used);
                char c;
                while (i < stop && (c = s.charAt(i)) < 0x80) {
                    buffer[used++] = (byte) c;
                    i++;
                }
                if (i == end) {
                    return;
                }
                if (used == buffer.length) {
                    drain();
                    continue;
                }
            }
            put(s.charAt(i++));
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            put(chars[i]);
        }
    }

    private void put(char c) throws IOException {
        if (used > buffer.length - 4) {
            drain();
        }
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int codePoint = Character.toCodePoint(pending, c);
                buffer[used++] = (byte) (0xF0 | codePoint >> 18);
                buffer[used++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
                return;
            }
            buffer[used++] = '?';
            put(c);
            return;
        }
        if (c < 0x80) {
            buffer[used++] = (byte) c;
        } else if (c < 0x800) {
            buffer[used++] = (byte) (0xC0 | c >> 6);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            buffer[used++] = '?';
        } else {
            buffer[used++] = (byte) (0xE0 | c >> 12);
            buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (high != 0) {
            high = 0;
            put('?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}

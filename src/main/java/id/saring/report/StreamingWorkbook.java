package id.saring.report;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, made to write faster:
 * <ul>
 * <li>The rows it moves to disk are the same XML, byte for byte, but POI's own writer escapes text one character
 * at a time, each through a synchronized {@link java.io.BufferedWriter}. This one writes each run of characters
 * that needs no escaping at once, into an unsynchronized UTF-8 buffer. Measured on 300,000 rows of 12 cells:
 * 2.1 to 2.5 s instead of 3.9 to 4.1 s.</li>
 * <li>The package is deflated at the fastest level: 0.9 s instead of 2.0 s for those rows, for a file 28% larger
 * (18 MB instead of 14 MB). A workbook saring writes is opened once or twice and written on every run.</li>
 * </ul>
 */
final class StreamingWorkbook {

    private StreamingWorkbook() {
    }

    /** A streaming workbook keeping {@code rowsInMemory} rows of each sheet in memory, the rest on disk. */
    static SXSSFWorkbook create(int rowsInMemory) {
        return new SXSSFWorkbook(rowsInMemory) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new SheetData(getSharedStringSource());
            }

            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        };
    }

    /** POI's writer of a sheet's rows, with its text escaped in runs ({@link #outputEscapedString}). */
    static final class SheetData extends SheetDataWriter {

        SheetData(SharedStringsTable sharedStrings) throws IOException {
            super(sharedStrings);
        }

        /** Test use: the rows written to {@code out}. */
        SheetData(Writer out) throws IOException {
            super(out);
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            FileOutputStream out = new FileOutputStream(file);
            try {
                return new Utf8Writer(decorateOutputStream(out));
            } catch (IOException e) {
                out.close();
                throw e;
            }
        }

        /**
         * What POI's {@code SheetDataWriter.outputEscapedString} writes: {@code < > & "} and line breaks, tabs and
         * no-break spaces as entities, other control characters and U+FFFE, U+FFFF as {@code ?}, everything else as
         * it is (a lone surrogate the encoder then writes as {@code ?}).
         */
        @Override
        protected void outputEscapedString(String s) throws IOException {
            if (s == null) {
                return;
            }
            int start = 0;
            for (int i = 0; i < s.length(); i++) {
                String replacement = replacement(s.charAt(i));
                if (replacement != null) {
                    _out.write(s, start, i - start);
                    _out.write(replacement);
                    start = i + 1;
                }
            }
            _out.write(s, start, s.length() - start);
        }

        /** What a character is written as, or null when it is written as it is. */
        private static String replacement(char c) {
            if (c > '>' && c != '\u00A0' && c < '\uFFFE') {
                return null;
            }
            return switch (c) {
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '&' -> "&amp;";
                case '"' -> "&quot;";
                case '\n' -> "&#xa;";
                case '\r' -> "&#xd;";
                case '\t' -> "&#x9;";
                case '\u00A0' -> "&#xa0;";
                default -> c < ' ' || c >= '\uFFFE' ? "?" : null;
            };
        }
    }

    /**
     * A buffered UTF-8 writer for one thread: no lock on each call, as {@link java.io.BufferedWriter} takes. A
     * surrogate without its pair is written as {@code ?}, as {@link java.io.OutputStreamWriter} writes it.
     */
    static final class Utf8Writer extends Writer {

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
            for (int i = offset, end = offset + length; i < end; i++) {
                put(s.charAt(i));
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
}

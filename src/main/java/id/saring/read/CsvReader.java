package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads delimited text ({@code .csv}, {@code .tsv}, {@code .txt}) in the dialect it is written in: the
 * delimiter ({@code ;} from Indonesian Excel, {@code ,}, tab or {@code |}) and the encoding are detected
 * from the first 64 KiB. The file is streamed; row numbers are record numbers, the first line being row 1. A record
 * longer than {@value #MAX_RECORD_CHARS} characters ends the reading.
 */
public final class CsvReader implements TableFileReader {

    /**
     * The parser holds a record whole while it reads it; a budget line is a few hundred characters. Sixteen million
     * lets a dumped cell of several megabytes through (then cut to what a cell holds, see {@link LongTextCut}) and
     * keeps a file of one endless line, or of one quote never closed, from filling the memory.
     */
    static final int MAX_RECORD_CHARS = 16 << 20;

    private static final int SAMPLE_BYTES = 64 * 1024;
    private static final int SAMPLE_LINES = 60;
    /** Preferred first when equally consistent: a comma also appears inside Indonesian numbers. */
    private static final char[] DELIMITERS = {'\t', ';', ',', '|'};

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE_BYTES);
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableFileException(Problem.CORRUPT, String.valueOf(e.getMessage()), e);
        }
        TextEncoding encoding = TextEncoding.detect(head, size <= SAMPLE_BYTES);
        String sample = new String(head, encoding.bomLength(), head.length - encoding.bomLength(), encoding.charset());
        char delimiter = detectDelimiter(sample);
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.RFC4180)
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setAllowMissingColumnNames(true)
                .get();
        long record = 0;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(encoding.bomLength());
            Reader reader = new RecordLength(new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)), delimiter);
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                VisitorFailure.call(() -> visitor.startSheet("", false));
                for (CSVRecord r : parser) {
                    record = r.getRecordNumber();
                    List<Cell> cells = new ArrayList<>(r.size());
                    for (int i = 0; i < r.size(); i++) {
                        String value = r.get(i);
                        if (!value.isBlank()) {
                            cells.add(Cell.text(i, value));
                        }
                    }
                    SheetRow row = new SheetRow((int) r.getRecordNumber(), cells, false);
                    VisitorFailure.call(() -> visitor.row(row));
                }
                VisitorFailure.call(visitor::endSheet);
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RecordTooLong) {
                    // the parser hands it on wrapped in an unchecked exception while it iterates
                    throw new UnreadableFileException(Problem.RECORD_TOO_LONG,
                            "after record " + record + ": a record longer than " + MAX_RECORD_CHARS + " characters",
                            List.of(BigDecimal.valueOf(record), BigDecimal.valueOf(MAX_RECORD_CHARS)));
                }
            }
            throw new UnreadableFileException(Problem.UNREADABLE_TEXT,
                    "after record " + record + ": " + e.getMessage(), e);
        }
    }

    /**
     * The candidate that splits the most sample lines into the same number of fields; quoted text is
     * skipped so that {@code "91,19"} in a comma file does not count.
     */
    static char detectDelimiter(String sample) {
        String[] lines = sample.split("\r\n|\n|\r", -1);
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            java.util.Map<Integer, Integer> byCount = new java.util.HashMap<>();
            int considered = 0;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                if (++considered > SAMPLE_LINES) {
                    break;
                }
                int n = countOutsideQuotes(line, d);
                if (n > 0) {
                    byCount.merge(n, 1, Integer::sum);
                }
            }
            int score = byCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * The characters of the text, refused once one record runs past {@link #MAX_RECORD_CHARS}: a line break ends a
     * record unless it stands inside a quoted field, which (RFC 4180) opens with a quote at a field's start and
     * closes with a quote not doubled.
     */
    private static final class RecordLength extends FilterReader {
        private final char delimiter;
        private long length;
        private boolean quoted;
        private boolean justClosed;
        private boolean fieldStart = true;

        RecordLength(Reader in, char delimiter) {
            super(in);
            this.delimiter = delimiter;
        }

        @Override
        public int read() throws IOException {
            char[] one = new char[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(char[] buffer, int offset, int count) throws IOException {
            int n = super.read(buffer, offset, count);
            for (int i = offset; i < offset + n; i++) {
                see(buffer[i]);
            }
            return n;
        }

        private void see(char c) throws RecordTooLong {
            if (quoted) {
                quoted = c != '"';
                justClosed = !quoted;
            } else if (c == '"' && (fieldStart || justClosed)) {
                quoted = true;
                justClosed = false;
                fieldStart = false;
            } else if (c == '\n' || c == '\r') {
                justClosed = false;
                fieldStart = true;
                length = 0;
                return;
            } else {
                justClosed = false;
                fieldStart = c == delimiter;
            }
            if (++length > MAX_RECORD_CHARS) {
                throw new RecordTooLong();
            }
        }
    }

    /** A record ran past {@link #MAX_RECORD_CHARS}. */
    private static final class RecordTooLong extends IOException {
        RecordTooLong() {
            super("record too long");
        }
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                n++;
            }
        }
        return n;
    }

}

package id.saring.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What every reader promises for any file, however damaged or hostile: it hands the visitor whole sheets (each
 * {@code startSheet} closed by {@code endSheet}, rows only inside a sheet, each row's cells in strictly increasing
 * columns) or throws {@link UnreadableFileException}, and it answers within {@link #LONGEST}. Anything else it
 * throws, an {@link Error} included, leaves {@link #holds} as it is: for a fuzz test that is a finding.
 */
final class ReaderContract {

    /**
     * Far beyond what a fuzz test's small inputs need (milliseconds). Judged when the kept inputs are replayed;
     * while fuzzing, the first run of each path also loads and instruments library classes (seconds), so there
     * libFuzzer's {@code -timeout} judges time instead: it stops the run and keeps the input as a hang.
     */
    static final Duration LONGEST = Duration.ofSeconds(10);

    private static final boolean FUZZING = !System.getenv().getOrDefault("JAZZER_FUZZ", "").isEmpty();

    private ReaderContract() {
    }

    /** Reads {@code file} with {@code reader} and fails unless the reader kept its promise. */
    static void holds(TableFileReader reader, Path file) {
        ProtocolVisitor visitor = new ProtocolVisitor();
        long start = System.nanoTime();
        boolean unreadable = false;
        try {
            reader.read(file, visitor);
        } catch (UnreadableFileException e) {
            unreadable = true; // rows already handed on stay valid, so a sheet may be left open
            if (e.problem() == null) {
                throw new AssertionError("an unreadable file without a problem", e);
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!FUZZING && took.compareTo(LONGEST) > 0) {
            throw new AssertionError("reading took " + took + ", longer than " + LONGEST);
        }
        if (!unreadable && visitor.open) {
            throw new AssertionError("the reader returned inside a sheet it never ended");
        }
    }

    /**
     * Reads {@code content} once, whatever comes of it, so that the classes a reader needs are loaded (and, when
     * fuzzing, instrumented) before the fuzzer's first input and its clock.
     */
    static void warmUp(TableFileReader reader, String suffix, byte[] content) {
        try {
            Path file = Files.createTempFile("saring-warm-up", suffix);
            try {
                Files.write(file, content);
                reader.read(file, new ProtocolVisitor());
            } finally {
                Files.delete(file);
            }
        } catch (IOException | UnreadableFileException e) {
            throw new IllegalStateException("the warm-up input must be readable", e);
        }
    }

    /** Fails at the first call that breaks {@link SheetVisitor}'s order or {@link SheetRow}'s column order. */
    private static final class ProtocolVisitor implements SheetVisitor {

        private boolean open;

        @Override
        public void startSheet(String name, boolean hidden) {
            if (open) {
                throw new AssertionError("sheet " + name + " started inside another");
            }
            if (name == null) {
                throw new AssertionError("a sheet without a name");
            }
            open = true;
        }

        @Override
        public void row(SheetRow row) {
            if (!open) {
                throw new AssertionError("row " + row.number() + " outside a sheet");
            }
            int previous = -1;
            for (Cell cell : row.cells()) {
                if (cell.column() <= previous) {
                    throw new AssertionError("row " + row.number() + ": column " + cell.column() + " after "
                            + previous);
                }
                if (cell.text() == null || cell.number() == null || cell.format() == null) {
                    throw new AssertionError("row " + row.number() + ": a cell with a null part: " + cell);
                }
                previous = cell.column();
            }
        }

        @Override
        public void endSheet() {
            if (!open) {
                throw new AssertionError("a sheet ended that never started");
            }
            open = false;
        }
    }
}

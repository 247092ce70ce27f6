package id.saring.cli;

import id.saring.report.FileResult;
import id.saring.report.MessageCatalog;
import java.io.Console;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Tells how far a run is: files done, records and findings so far, and the time left (from the time each file has
 * taken so far). On a terminal it is one bar redrawn in place at most ten times a second and cleared at the end;
 * when the output goes to a file or a pipe it is a plain line at each tenth of the files. Runs of a few files show
 * nothing: they end before anyone would read it.
 */
final class ProgressBar implements Pipeline.Progress {

    /** Runs of up to this many files show no progress. */
    static final int FEW = 5;
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final MessageCatalog messages;
    private final PrintWriter out;
    private final boolean terminal;
    private final LongSupplier clock;
    private int files;
    private int done;
    private long records;
    private long findings;
    private long start;
    private long drawn;
    private int tenthsLogged;
    private int width;

    ProgressBar(MessageCatalog messages, PrintWriter out, boolean terminal, LongSupplier clock) {
        this.messages = messages;
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
    }

    /** A bar on {@code out} when the program runs on a terminal, else plain lines on it. */
    static ProgressBar on(MessageCatalog messages, Console console, PrintWriter out) {
        return new ProgressBar(messages, out, console != null, System::nanoTime);
    }

    @Override
    public synchronized void started(int count) {
        files = count;
        start = clock.getAsLong();
        drawn = start - REDRAW_NANOS;
    }

    @Override
    public synchronized void done(FileResult result, boolean cached) {
        done++;
        records += result.records();
        findings += result.findings().size();
        if (files <= FEW) {
            return;
        }
        long now = clock.getAsLong();
        if (terminal) {
            if (now - drawn >= REDRAW_NANOS || done == files) {
                drawn = now;
                String line = bar() + " " + status(now);
                out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
                width = line.length();
                out.flush();
            }
        } else if (done * 10 / files > tenthsLogged) {
            tenthsLogged = done * 10 / files;
            out.println("saring: " + status(now));
            out.flush();
        }
    }

    @Override
    public synchronized void finished() {
        if (terminal && width > 0) {
            out.print("\r" + " ".repeat(width) + "\r");
            out.flush();
        }
    }

    private String bar() {
        int filled = files == 0 ? WIDTH : (int) ((long) done * WIDTH / files);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "]";
    }

    private String status(long now) {
        long elapsed = now - start;
        long left = done == 0 ? 0 : elapsed / done * (files - done);
        long seconds = (left + 999_999_999L) / 1_000_000_000L;
        String time = seconds / 60 + ":" + String.format("%02d", seconds % 60);
        return messages.render("progress", done, files, records, findings, time);
    }
}

package id.saring.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import id.saring.cache.ResultCache;
import id.saring.read.InputFile;
import id.saring.report.ReportWriter;
import id.saring.report.RunResult;
import id.saring.report.StateFile;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code saring watch}: looks at the inbox again and again, and when files have arrived, changed or gone (and none
 * is still being written) processes the inbox as a batch and rewrites the outputs. Files already processed come
 * from the {@link ResultCache}, so each new or changed file is read once. What the last batch was made of is kept
 * under {@code --out/.saring/}, so that a restarted watch finds nothing new in an unchanged inbox.
 */
final class Watcher {

    /** The state file under the output folder: each input of the last batch with its size and modification time. */
    static final String STATE = ".saring/watch.json";
    /** A batch waits for files still being written at most this long; a file that never stops growing waits. */
    private static final long MOST_WAIT_NANOS = 60_000_000_000L;

    /** What a batch did, for the terminal. */
    interface Batches {
        void batch(RunResult result, List<String> arrived, List<String> gone);

        /** The inbox's folder settings cannot be used (a broken {@code saring.yaml}): the batch waits for a fix. */
        void failed(Exception reason);
    }

    private final RuleSet rules;
    private final int jobs;
    private final Pipeline.Progress progress;
    private final Settings settings;
    private final Path out;
    private final Inbox inbox;
    private final ReportWriter writer;
    private final Batches batches;
    private final LongSupplier clock;
    private Map<String, List<Long>> processed;
    /** The inbox as it was when its folder settings could not be used: tried again once it changes. */
    private Map<String, List<Long>> failed = Map.of();
    private long waitingSince = -1;

    /** How the inputs of a batch get their rules and agencies. */
    interface Settings {
        FolderSettings of(List<InputFile> files) throws UsageException, RuleFileException;
    }

    Watcher(RuleSet rules, int jobs, Pipeline.Progress progress, Settings settings, Inbox inbox, Path out,
            ReportWriter writer, Batches batches, LongSupplier clock) {
        this.rules = rules;
        this.jobs = jobs;
        this.progress = progress;
        this.settings = settings;
        this.inbox = inbox;
        this.out = out;
        this.writer = writer;
        this.batches = batches;
        this.clock = clock;
        this.processed = previousState();
    }

    /**
     * Looks at the inbox once; processes it when it changed since the last batch and nothing is still being
     * written (or the changes have waited a minute for a file that keeps growing).
     *
     * @return true when a batch was processed
     */
    boolean poll() throws IOException {
        Inbox.Scan scan = inbox.scan();
        boolean outputsThere = Files.isRegularFile(out.resolve(ReportWriter.ANOMALIES_JSON));
        if (scan.ready().equals(processed) && (outputsThere || processed.isEmpty())
                || scan.ready().equals(failed)) {
            waitingSince = -1;
            return false;
        }
        long now = clock.getAsLong();
        if (waitingSince < 0) {
            waitingSince = now;
        }
        if (scan.changing() > 0 && now - waitingSince < MOST_WAIT_NANOS) {
            return false;
        }
        List<InputFile> files = scan.readyFiles();
        List<String> arrived = scan.ready().entrySet().stream()
                .filter(e -> !e.getValue().equals(processed.get(e.getKey()))).map(Map.Entry::getKey).toList();
        List<String> gone = processed.keySet().stream().filter(name -> !scan.ready().containsKey(name)).toList();
        FolderSettings folders;
        try {
            folders = settings.of(files);
        } catch (UsageException | RuleFileException e) {
            batches.failed(e);
            failed = scan.ready();
            waitingSince = -1;
            return false;
        }
        ResultCache cache = ResultCache.in(out);
        RunResult result = new Pipeline(rules, jobs, cache, progress).run(files, folders);
        writer.write(result, out, OffsetDateTime.now());
        cache.keepOnly();
        processed = scan.ready();
        StateFile.write(out.resolve(STATE), processed);
        waitingSince = -1;
        batches.batch(result, arrived, gone);
        return true;
    }

    private Map<String, List<Long>> previousState() {
        return StateFile.read(out.resolve(STATE), new TypeReference<Map<String, List<Long>>>() {
        }).orElse(Map.of());
    }
}

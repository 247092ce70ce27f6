package id.saring.cli;

import id.saring.report.MessageCatalog;
import id.saring.report.ReportWriter;
import id.saring.report.RunResult;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code saring watch INBOX}: processes every new or changed file dropped into INBOX once it has stopped growing,
 * and rewrites the outputs after each batch, until Ctrl-C. On Ctrl-C a batch under way is finished (its outputs are
 * renamed into place whole) before the program ends.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a drop folder: process every new or changed file once it is complete; Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    /** How long a Ctrl-C waits for a batch under way to write its outputs. */
    private static final long STOP_WAIT_SECONDS = 120;

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "INBOX", arity = "1", description = "The folder files are dropped into.")
    Path inbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the outputs and the watch state (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--settle", paramLabel = "SECONDS", defaultValue = "2",
            description = "A file is read once its size and time have not changed for this long "
                    + "(default: ${DEFAULT-VALUE}).")
    double settle;

    @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "1",
            description = "How often the inbox is looked at (default: ${DEFAULT-VALUE}).")
    double interval;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UsageException, RuleFileException, IOException {
        MessageCatalog messages = options.messages();
        RuleSet rules = options.loadRules();
        if (!Files.isDirectory(inbox)) {
            throw new UsageException("usage.no-input", inbox);
        }
        int jobs = options.jobs();
        if (!(settle >= 0) || !(interval > 0)) {
            throw new UsageException("usage.bad-watch", settle, interval);
        }
        RunCommand.prepareOutput(out);
        PrintWriter terminal = spec.commandLine().getOut();
        Watcher watcher = new Watcher(rules, jobs,
                ProgressBar.on(messages, System.console(), spec.commandLine().getErr()),
                files -> options.folders(rules, files),
                new Inbox(inbox, Optional.of(out), (long) (settle * 1e9), System::nanoTime), out,
                new ReportWriter(messages, Installation.version(), jobs, true), new Batches(messages, terminal),
                System::nanoTime);
        CountDownLatch stopAsked = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopAsked.countDown();
            try {
                stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "saring-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        terminal.println(messages.render("watch.started", inbox, out));
        terminal.flush();
        try {
            while (!stopAsked.await((long) (interval * 1000), TimeUnit.MILLISECONDS)) {
                try {
                    watcher.poll();
                } catch (IOException e) {
                    terminal.println(messages.render("watch.failed", LocalTime.now().format(CLOCK),
                            String.valueOf(e.getMessage())));
                    terminal.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.println(messages.render("watch.stopped"));
            terminal.flush();
            stopped.countDown();
        }
        return 0;
    }

    /** One block per batch on the terminal: when, what arrived or went, the run's summary. */
    private final class Batches implements Watcher.Batches {
        private final MessageCatalog messages;
        private final PrintWriter out;

        Batches(MessageCatalog messages, PrintWriter out) {
            this.messages = messages;
            this.out = out;
        }

        @Override
        public void batch(RunResult result, List<String> arrived, List<String> gone) {
            out.println(messages.render("watch.batch", LocalTime.now().format(CLOCK), arrived.size(), gone.size()));
            Terminal summary = new Terminal(messages, out);
            summary.summary(result);
            summary.outputs(WatchCommand.this.out.toString(), String.join(", ", ReportWriter.OUTPUTS));
            summary.flush();
        }

        @Override
        public void failed(Exception reason) {
            String why = reason instanceof UsageException u ? messages.render(u.key(), u.args())
                    : reason instanceof RuleFileException r ? String.join("; ", r.problems())
                    : String.valueOf(reason.getMessage());
            out.println(messages.render("watch.failed", LocalTime.now().format(CLOCK), why));
            out.flush();
        }
    }
}

package id.saring.cli;

import id.saring.cache.ResultCache;
import id.saring.read.InputFile;
import id.saring.read.InputFiles;
import id.saring.report.MessageCatalog;
import id.saring.report.ReportWriter;
import id.saring.report.RunResult;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code saring run}: reads every input, checks it and writes the outputs. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Clean and check agency spreadsheets; write anomalies and cleaned capaian and anggaran.")
final class RunCommand implements Callable<Integer> {

    static final Path DEFAULT_INPUT = Path.of("input-samples");

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files and folders to read (folders recursively). Default: input-samples.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the outputs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--no-cache",
            description = "Read every input again instead of reusing the results of unchanged inputs.")
    boolean noCache;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UsageException, RuleFileException, IOException, OutputException {
        MessageCatalog messages = options.messages();
        List<Path> paths = inputs.isEmpty() ? List.of(DEFAULT_INPUT) : inputs;
        List<InputFile> files = inputFiles(paths, Optional.of(out));
        String fingerprint = options.fingerprint();
        String key = LastRun.key(files, paths, fingerprint, "profile " + options.profile, "lang " + options.lang,
                "version " + Installation.version());
        PrintWriter terminal = spec.commandLine().getOut();
        Optional<LastRun.State> last = noCache ? Optional.empty() : LastRun.upToDate(out, key);
        if (last.isPresent()) {
            last.get().terminal().forEach(terminal::println);
            terminal.println(messages.render("summary.up-to-date", out));
            terminal.flush();
            return options.failOn.exitCode(last.get().errors(), last.get().warnings());
        }
        RuleSet rules = options.loadRules();
        FolderSettings folders = options.folders(rules, files, fingerprint);
        prepareOutput(out);
        ResultCache cache = noCache ? ResultCache.none() : ResultCache.in(out);
        RunResult result = new Pipeline(rules, options.jobs(), cache, ProgressBar.on(messages, System.console(),
                spec.commandLine().getErr())).run(files, folders);
        cache.keepOnly();
        try {
            LastRun.forget(out);
            new ReportWriter(messages, Installation.version(), options.jobs(), !noCache)
                    .write(result, out, OffsetDateTime.now());
        } catch (IOException e) {
            throw new OutputException(out, e);
        }
        StringWriter summary = new StringWriter();
        Terminal lines = new Terminal(messages, new PrintWriter(summary));
        lines.summary(result);
        lines.flush();
        List<String> said = summary.toString().lines().toList();
        said.forEach(terminal::println);
        Terminal shown = new Terminal(messages, terminal);
        shown.outputs(out.toString(), String.join(", ", ReportWriter.OUTPUTS));
        shown.flush();
        LastRun.keep(out, key, said, result);
        return options.failOn.exitCode(result);
    }

    /** The inputs in {@code paths}, none of them found in the folder {@code output}. */
    static List<InputFile> inputFiles(List<Path> paths, Optional<Path> output) throws UsageException, IOException {
        try {
            return InputFiles.of(paths, output);
        } catch (NoSuchFileException e) {
            throw new UsageException("usage.no-input", e.getFile());
        }
    }

    /** The output folder must be writable before any work is done. */
    static void prepareOutput(Path folder) throws UsageException {
        try {
            Files.createDirectories(folder);
            if (!Files.isWritable(folder)) {
                throw new UsageException("usage.no-output", folder, "not writable");
            }
        } catch (IOException e) {
            throw new UsageException("usage.no-output", folder, e.getMessage());
        }
    }
}

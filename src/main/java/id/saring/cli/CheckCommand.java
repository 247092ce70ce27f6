package id.saring.cli;

import id.saring.model.Finding;
import id.saring.cache.ResultCache;
import id.saring.read.InputFile;
import id.saring.report.MessageCatalog;
import id.saring.report.RunResult;
import id.saring.rules.RuleFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code saring check}: checks files and prints the findings; writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files before submission: print every finding, write no file.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files or folders to check.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UsageException, RuleFileException, IOException {
        MessageCatalog messages = options.messages();
        var rules = options.loadRules();
        List<InputFile> inputs = RunCommand.inputFiles(files, Optional.empty());
        RunResult result = new Pipeline(rules, options.jobs(), ResultCache.none(), Pipeline.Progress.NONE)
                .run(inputs, options.folders(rules, inputs));
        Terminal terminal = new Terminal(messages, spec.commandLine().getOut());
        for (Finding f : result.findings()) {
            terminal.finding(f);
        }
        terminal.summary(result);
        terminal.flush();
        return options.failOn.exitCode(result);
    }
}

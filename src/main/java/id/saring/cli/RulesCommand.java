package id.saring.cli;

import id.saring.report.MessageCatalog;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code saring rules}: the rule files themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Work with the rule files.",
        subcommands = RulesCommand.Check.class)
final class RulesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Main.USAGE;
    }

    /**
     * {@code saring rules check [DIR]}: loads the bundled rules with the files of DIR in their place, and every
     * profile, and reports each problem as {@code file:line: message} (exit 2), or what they hold (exit 0).
     */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Load and verify the rule files; report every problem as file:line.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "A folder of rule files that replace the bundled ones of the same name.")
        Path folder;

        @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
                description = "Language of messages (default: ${DEFAULT-VALUE}).")
        String lang;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws UsageException, RuleFileException {
            MessageCatalog messages = new MessageCatalog(id.saring.report.Language.fromCode(lang)
                    .orElseThrow(() -> new UsageException("usage.bad-lang", lang)));
            if (folder != null && !Files.isDirectory(folder)) {
                throw new UsageException("usage.no-rules", folder);
            }
            RuleSet rules = new RuleLoader().load(Installation.rules(), Optional.ofNullable(folder));
            spec.commandLine().getOut().println(messages.render("rules.valid",
                    folder == null ? Installation.rules().toString() : folder + " + " + Installation.rules(),
                    rules.indicators().entries().size(), rules.scales().size(), rules.profiles().size(),
                    rules.profiles().isEmpty() ? "-" : String.join(", ", rules.profiles().keySet())));
            return 0;
        }
    }
}

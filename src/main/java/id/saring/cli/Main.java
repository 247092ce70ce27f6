package id.saring.cli;

import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.rules.RuleFileException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code saring} command. Exit codes: 0 no finding at or above {@code --fail-on}; 1 such findings; 2 usage
 * error or invalid rule file, nothing processed; 3 internal failure, with the trace written to a file.
 */
@Command(name = "saring", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Sifts Indonesian performance (IKU, LKjIP, PK) and budget (anggaran, LRA) spreadsheets.",
        subcommands = {RunCommand.class, CheckCommand.class, WatchCommand.class, RulesCommand.class})
public final class Main implements Callable<Integer> {

    static final int FINDINGS = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    @Spec
    CommandSpec spec;

    private final MessageCatalog messages;

    private Main(MessageCatalog messages) {
        this.messages = messages;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line and returns its exit code; never calls {@code System.exit}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        MessageCatalog messages = new MessageCatalog(languageOf(args));
        PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
        PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
        CommandLine cmd = new CommandLine(new Main(messages));
        cmd.setOut(outWriter);
        cmd.setErr(errWriter);
        cmd.setParameterExceptionHandler((e, a) -> {
            errWriter.println("saring: " + messages.render("usage.error", usageText(e, messages)));
            return USAGE;
        });
        cmd.setExecutionExceptionHandler((e, c, parsed) -> failure(e, errWriter, messages));
        int code = cmd.execute(args);
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("saring: " + messages.render("usage.no-command"));
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    private static int failure(Exception e, PrintWriter err, MessageCatalog messages) {
        if (e instanceof UsageException u) {
            err.println("saring: " + messages.render(u.key(), u.args()));
            return USAGE;
        }
        if (e instanceof RuleFileException r) {
            err.println("saring: " + messages.render("rules.invalid"));
            r.problems().forEach(p -> err.println("  " + p));
            return USAGE;
        }
        String trace = traceFile(e);
        if (e instanceof OutputException o) {
            err.println(messages.render("output.failed", o.folder(), o.getCause().getMessage(), trace));
        } else {
            err.println(messages.render("internal.error", String.valueOf(e), trace));
        }
        return INTERNAL;
    }

    private static String traceFile(Exception e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        try {
            Path file = Files.createTempFile("saring-error-", ".log");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return file.toString();
        } catch (IOException io) {
            return "(" + io.getMessage() + ")";
        }
    }

    private static String usageText(CommandLine.ParameterException e, MessageCatalog messages) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) {
            return messages.render("usage.unknown", String.join(" ", u.getUnmatched()));
        }
        if (e instanceof CommandLine.MissingParameterException m) {
            return messages.render("usage.missing", m.getMissing().stream()
                    .map(a -> a.paramLabel()).reduce((a, b) -> a + ", " + b).orElse(""));
        }
        return messages.render("usage.invalid", e.getMessage());
    }

    /** The language asked for with {@code --lang}, read before the command line is parsed. */
    static Language languageOf(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return Language.fromCode(value).orElse(Language.ID);
            }
        }
        return Language.ID;
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"saring " + Installation.version()};
        }
    }
}

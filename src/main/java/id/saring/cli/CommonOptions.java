package id.saring.cli;

import id.saring.cache.Fingerprint;
import id.saring.report.Language;
import id.saring.report.MessageCatalog;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Path;
import id.saring.read.InputFile;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by {@code run}, {@code check} and {@code watch}. */
final class CommonOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Folder of rule files that replace the bundled ones of the same name.")
    Path rules;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "A region's rules from profiles/NAME.yaml, for inputs whose folder names none in saring.yaml.")
    String profile;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "id",
            description = "Language of messages and reports (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit with 1 when a finding is at least this severe (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Inputs read at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** The number of inputs read at once; at least one. */
    int jobs() throws UsageException {
        if (jobs < 1) {
            throw new UsageException("usage.bad-jobs", jobs);
        }
        return jobs;
    }

    Language language() throws UsageException {
        return Language.fromCode(lang).orElseThrow(() -> new UsageException("usage.bad-lang", lang));
    }

    MessageCatalog messages() throws UsageException {
        return new MessageCatalog(language());
    }

    RuleSet loadRules() throws RuleFileException {
        return new RuleLoader().load(Installation.rules(), Optional.ofNullable(rules));
    }

    /**
     * The rules of each input (its folder's profile, else {@code --profile}, else the bundled settings) and the
     * agency its folder names.
     */
    FolderSettings folders(RuleSet loaded, List<InputFile> files) throws UsageException, RuleFileException {
        return folders(loaded, files, fingerprint());
    }

    /** As {@link #folders(RuleSet, List)}, with the {@link #fingerprint()} already taken. */
    FolderSettings folders(RuleSet loaded, List<InputFile> files, String fingerprint)
            throws UsageException, RuleFileException {
        return FolderSettings.of(loaded, Optional.ofNullable(profile), files, fingerprint);
    }

    /** The rule files (bundled and {@code --rules}) and the saring build: part of every cache key. */
    String fingerprint() throws UsageException {
        List<Path> ruleFolders = rules == null ? List.of(Installation.rules()) : List.of(Installation.rules(), rules);
        try {
            return Fingerprint.of(ruleFolders, Installation.version());
        } catch (IOException e) {
            throw new UsageException("usage.no-rules", e.getMessage());
        }
    }
}

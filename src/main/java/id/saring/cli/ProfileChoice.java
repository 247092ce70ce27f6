package id.saring.cli;

import id.saring.read.InputFile;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rules each input is checked with: the profile named by the nearest {@code saring.yaml} in the input's
 * folder or a folder above it (within the INPUT folder), else the one given with {@code --profile}, else the
 * bundled settings. A Bappeda that consolidates every unit's workbook keeps each unit's region rules in that
 * unit's folder.
 */
final class ProfileChoice implements Function<InputFile, RuleSet> {

    static final String FOLDER_FILE = "saring.yaml";

    private final RuleSet base;
    private final Map<Path, RuleSet> byFolder = new HashMap<>();
    private final Map<InputFile, RuleSet> byFile = new HashMap<>();

    private ProfileChoice(RuleSet base) {
        this.base = base;
    }

    /**
     * Resolves the profile of every input before any is read, so that a wrong profile name stops the run.
     *
     * @throws UsageException    when {@code --profile} names no profile
     * @throws RuleFileException when a {@code saring.yaml} is broken or names no profile
     */
    static ProfileChoice of(RuleSet rules, Optional<String> profile, List<InputFile> files)
            throws UsageException, RuleFileException {
        RuleSet base = rules;
        if (profile.isPresent()) {
            base = rules.withProfile(profile.get()).orElseThrow(() -> new UsageException("usage.unknown-profile",
                    profile.get(), String.join(", ", rules.profiles().keySet())));
        }
        ProfileChoice choice = new ProfileChoice(base);
        RuleLoader loader = new RuleLoader();
        for (InputFile file : files) {
            choice.byFile.put(file, choice.folderRules(file, loader, rules));
        }
        return choice;
    }

    @Override
    public RuleSet apply(InputFile file) {
        return byFile.getOrDefault(file, base);
    }

    private RuleSet folderRules(InputFile file, RuleLoader loader, RuleSet rules) throws RuleFileException {
        Path root = inputRoot(file);
        for (Path folder = file.path().toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            RuleSet known = byFolder.get(folder);
            if (known != null) {
                return known;
            }
            Path settings = folder.resolve(FOLDER_FILE);
            if (Files.isRegularFile(settings)) {
                String name = loader.folderProfile(settings, rules.profiles().keySet());
                RuleSet chosen = rules.withProfile(name).orElseThrow();
                byFolder.put(folder, chosen);
                return chosen;
            }
            if (folder.equals(root)) {
                break;
            }
        }
        return base;
    }

    /** The INPUT folder the file was found in: its path without the segments of its name. */
    private static Path inputRoot(InputFile file) {
        Path root = file.path().toAbsolutePath();
        for (int i = 0; i < file.name().split("/").length && root != null; i++) {
            root = root.getParent();
        }
        return root;
    }
}

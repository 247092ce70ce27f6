package id.saring.cli;

import id.saring.read.InputFile;
import id.saring.rules.FolderRules;
import id.saring.rules.RuleFileException;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each input's folder says of it, from the nearest {@code saring.yaml} in the input's folder or a folder above
 * it (within the INPUT folder) that says it:
 * <ul>
 * <li>its rules: the profile that file names, else the one given with {@code --profile}, else the bundled
 * settings. A Bappeda that consolidates every unit's workbook keeps each unit's region rules in that unit's
 * folder;</li>
 * <li>its agency when its own titles name none: the {@code opd} that file names, else the folder's name
 * ({@link InputFile#agencyHint()}).</li>
 * </ul>
 */
final class FolderSettings {

    static final String FOLDER_FILE = "saring.yaml";

    private final RuleSet base;
    /** The rule files and saring build ({@link id.saring.cache.Fingerprint}); empty when nothing is cached. */
    private final String fingerprint;
    /** The name of the profile the base rules are, empty for the bundled settings. */
    private final String baseProfile;
    private final Map<InputFile, String> profiles = new HashMap<>();
    private final Map<Path, FolderRules> byFolder = new HashMap<>();
    private final Map<InputFile, RuleSet> rules = new HashMap<>();
    private final Map<InputFile, String> agencies = new HashMap<>();

    private FolderSettings(RuleSet base, String fingerprint, String baseProfile) {
        this.base = base;
        this.fingerprint = fingerprint;
        this.baseProfile = baseProfile;
    }

    /** The bundled rules for every input, and each input's folder name as its agency. */
    static FolderSettings none(RuleSet rules) {
        return new FolderSettings(rules, "", "");
    }

    /**
     * Reads every input's {@code saring.yaml} before any input is read, so that a wrong profile name stops the
     * run.
     *
     * @param fingerprint the rule files and saring build the results are made with, part of each cache key
     * @throws UsageException    when {@code --profile} names no profile
     * @throws RuleFileException when a {@code saring.yaml} is broken, names nothing, or names no known profile
     */
    static FolderSettings of(RuleSet rules, Optional<String> profile, List<InputFile> files, String fingerprint)
            throws UsageException, RuleFileException {
        RuleSet base = rules;
        if (profile.isPresent()) {
            base = rules.withProfile(profile.get()).orElseThrow(() -> new UsageException("usage.unknown-profile",
                    profile.get(), String.join(", ", rules.profiles().keySet())));
        }
        FolderSettings settings = new FolderSettings(base, fingerprint, profile.orElse(""));
        RuleLoader loader = new RuleLoader();
        for (InputFile file : files) {
            Optional<String> named = Optional.empty();
            Optional<String> opd = Optional.empty();
            for (FolderRules folder : settings.folderFiles(file, loader, rules)) {
                named = named.or(folder::profile);
                opd = opd.or(folder::opd);
            }
            settings.rules.put(file, named.map(n -> rules.withProfile(n).orElseThrow()).orElse(base));
            named.ifPresent(n -> settings.profiles.put(file, n));
            opd.ifPresent(o -> settings.agencies.put(file, o));
        }
        return settings;
    }

    /** The rules {@code file} is checked with. */
    RuleSet rules(InputFile file) {
        return rules.getOrDefault(file, base);
    }

    /**
     * What the rules of {@code file} are made of, for its cache key: the rule files, the saring build and the
     * profile it is checked with.
     */
    String fingerprint(InputFile file) {
        return fingerprint + "\nprofile " + profiles.getOrDefault(file, baseProfile);
    }

    /** The agency of {@code file} when its titles name none. */
    String agency(InputFile file) {
        return agencies.getOrDefault(file, file.agencyHint());
    }

    /** The {@code saring.yaml} files from the input's folder up to the INPUT folder, nearest first. */
    private List<FolderRules> folderFiles(InputFile file, RuleLoader loader, RuleSet rules)
            throws RuleFileException {
        List<FolderRules> found = new java.util.ArrayList<>();
        Path root = inputRoot(file);
        for (Path folder = file.path().toAbsolutePath().getParent(); folder != null; folder = folder.getParent()) {
            Path settings = folder.resolve(FOLDER_FILE);
            if (!byFolder.containsKey(folder) && Files.isRegularFile(settings)) {
                byFolder.put(folder, loader.folderRules(settings, rules.profiles().keySet()));
            }
            if (byFolder.containsKey(folder)) {
                found.add(byFolder.get(folder));
            }
            if (folder.equals(root)) {
                break;
            }
        }
        return found;
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

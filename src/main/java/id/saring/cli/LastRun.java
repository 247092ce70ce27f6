package id.saring.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import id.saring.model.Severity;
import id.saring.read.ContentHash;
import id.saring.read.InputFile;
import id.saring.report.RunResult;
import id.saring.report.StateFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The last complete {@code run} into an output folder, kept in {@code --out/.saring/run.json}: a key of everything
 * the outputs were made from (each input's name and content, the {@code saring.yaml} files, the rule files and
 * saring build, the profile and the language), what the terminal said, the findings' counts, and the size and time
 * of every output written. A run whose key is that key, while every output is still as written, has nothing to do:
 * it says so and exits as the last run did, without loading rules or reading any input.
 */
final class LastRun {

    static final String STATE = ".saring/run.json";

    /**
     * What a complete run left.
     *
     * @param terminal the summary lines the run printed
     * @param outputs  every output file, by path within the output folder, with its size and modification time
     */
    record State(String key, List<String> terminal, long errors, long warnings, Map<String, List<Long>> outputs) {

    }

    private LastRun() {
    }

    /**
     * The key of a run over {@code files} found in {@code inputs}, with the given rules fingerprint and options. A
     * file that cannot be read counts as such: the run that follows reports it as an {@code unreadable-file}.
     */
    static String key(List<InputFile> files, List<Path> inputs, String fingerprint, String... options)
            throws IOException {
        ContentHash.Key key = ContentHash.key().add(fingerprint).add(options);
        for (InputFile file : files) {
            key.add("input", file.name(), file.path().toAbsolutePath().toString()).add(content(file.path()));
        }
        for (Path folderFile : folderFiles(inputs)) {
            key.add("folder", folderFile.toAbsolutePath().toString()).add(content(folderFile));
        }
        return key.hex();
    }

    private static String content(Path file) {
        try {
            return ContentHash.of(file);
        } catch (IOException unreadable) {
            return "unreadable";
        }
    }

    /** The last run's state when its key is {@code key} and its outputs are all still as it wrote them. */
    static Optional<State> upToDate(Path out, String key) {
        Optional<State> state = StateFile.read(out.resolve(STATE), new TypeReference<State>() {
        }).filter(last -> last.key().equals(key));
        if (state.isEmpty()) {
            return state;
        }
        try {
            return state.get().outputs().equals(outputs(out)) ? state : Optional.empty();
        } catch (IOException cannotTell) {
            return Optional.empty();
        }
    }

    /** Keeps the state of the run that has just written its outputs. */
    static void keep(Path out, String key, List<String> terminal, RunResult result) throws IOException {
        StateFile.write(out.resolve(STATE), new State(key, terminal, result.count(Severity.ERROR),
                result.count(Severity.WARNING), outputs(out)));
    }

    /** Forgets the last run: its outputs are about to be replaced. */
    static void forget(Path out) throws IOException {
        Files.deleteIfExists(out.resolve(STATE));
    }

    /** Every file in the output folder but saring's own state, with its size and modification time. */
    private static Map<String, List<Long>> outputs(Path out) throws IOException {
        Map<String, List<Long>> outputs = new TreeMap<>();
        try (Stream<Path> all = Files.walk(out)) {
            for (Path p : all.toList()) {
                Path relative = out.relativize(p);
                if (relative.startsWith(".saring")) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    outputs.put(relative.toString().replace('\\', '/'),
                            List.of(attributes.size(), attributes.lastModifiedTime().toMillis()));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return outputs;
    }

    /** The {@code saring.yaml} files in the INPUT folders, which give inputs their rules and agency. */
    private static List<Path> folderFiles(List<Path> inputs) throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path input : inputs) {
            Path beside = input.toAbsolutePath().getParent() == null ? null
                    : input.toAbsolutePath().getParent().resolve(FolderSettings.FOLDER_FILE);
            if (!Files.isDirectory(input) && beside != null && Files.isRegularFile(beside)) {
                found.add(beside);
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.getFileName().toString().equals(FolderSettings.FOLDER_FILE))
                            .filter(Files::isRegularFile).sorted().forEach(found::add);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
        return found;
    }
}

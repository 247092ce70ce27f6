package id.saring.report;

import com.fasterxml.jackson.core.type.TypeReference;
import id.saring.model.Finding;
import id.saring.read.ContentHash;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annotated copies the last run wrote into the output folder, kept in {@code .saring/annotated.json}: for each
 * input, a key of what its copy was made from (the input's content, its findings as the copy shows them, the
 * language and the saring build), the copy's path and sheets, and the size and time the copy had once written. A
 * run that would make the same copy at the same path, while the file is still as written, keeps it instead: in a
 * drop folder of a thousand workbooks where one changed, one copy is made again, not a thousand.
 */
final class KeptCopies {

    static final String STATE = ".saring/annotated.json";

    /** One copy as written. */
    record Kept(String key, String name, String path, Map<String, String> sheets, long size, long modified) {
    }

    private final Path folder;
    private final Map<String, Kept> last;
    private final Map<String, Kept> now = new LinkedHashMap<>();

    private KeptCopies(Path folder, Map<String, Kept> last) {
        this.folder = folder;
        this.last = last;
    }

    /** The copies kept in {@code folder}; none when it keeps no state or its state is damaged. */
    static KeptCopies in(Path folder) {
        return new KeptCopies(folder, StateFile.read(folder.resolve(STATE), new TypeReference<Map<String, Kept>>() {
        }).orElse(Map.of()));
    }

    /** No copy to keep: every copy is made again ({@code --no-cache}); what this run makes is still noted. */
    static KeptCopies none(Path folder) {
        return new KeptCopies(folder, Map.of());
    }

    /** The key of the copy of {@code input} with {@code findings}, as {@code messages} write them. */
    static String key(InputStatus input, List<Finding> findings, MessageCatalog messages, String version) {
        ContentHash.Key key = ContentHash.key()
                .add(input.sha256(), input.file(), messages.language().name(), version, build());
        for (Finding f : findings) {
            key.add(f.location().toString(), f.category().code(), f.rule(), f.severity().code(),
                    messages.render(f.message()), f.value(), f.expected());
        }
        return key.hex();
    }

    /** The copy the last run made of {@code input} under {@code key}, when its file is still as written. */
    Optional<Kept> reusable(String input, String key) {
        Kept kept = last.get(input);
        if (kept == null || !kept.key().equals(key)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes file = Files.readAttributes(folder.resolve(kept.path()), BasicFileAttributes.class);
            return file.isRegularFile() && file.size() == kept.size()
                    && file.lastModifiedTime().toMillis() == kept.modified() ? Optional.of(kept) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** Notes the copy this run has (made or kept) of {@code copy.input()}. */
    synchronized void note(String key, String name, AnnotatedCopy copy) {
        now.put(copy.input(), new Kept(key, name, copy.path(), copy.sheets(), 0, 0));
    }

    /** Writes the state of the copies this run has, once they are renamed into place. */
    void save() throws IOException {
        Map<String, Kept> written = new LinkedHashMap<>();
        for (Map.Entry<String, Kept> e : now.entrySet()) {
            Kept k = e.getValue();
            try {
                BasicFileAttributes file = Files.readAttributes(folder.resolve(k.path()), BasicFileAttributes.class);
                written.put(e.getKey(), new Kept(k.key(), k.name(), k.path(), k.sheets(), file.size(),
                        file.lastModifiedTime().toMillis()));
            } catch (IOException gone) {
                // a copy that is not there is made again next time
            }
        }
        StateFile.write(folder.resolve(STATE), written);
    }

    /** The size and time of the jar saring runs from: another build may write its copies otherwise. */
    private static String build() {
        try {
            Path code = Path.of(KeptCopies.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + "@" + Files.getLastModifiedTime(code).toMillis()
                    : "classes";
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return "unknown";
        }
    }
}

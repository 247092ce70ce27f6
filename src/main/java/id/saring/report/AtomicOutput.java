package id.saring.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes output files under temporary names in the output folder and renames each into place only when all
 * of them are complete, so that a reader never sees a half-written file. Closing without committing removes
 * the temporary files and leaves earlier outputs untouched.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path folder;
    private final Map<Path, Path> pending = new LinkedHashMap<>();

    AtomicOutput(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** A UTF-8 writer to the temporary file that will become {@code name}. */
    Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(stream(name), StandardCharsets.UTF_8));
    }

    OutputStream stream(String name) throws IOException {
        Path target = folder.resolve(name);
        Path temp = Files.createTempFile(folder, "." + name + ".", ".tmp");
        pending.put(temp, target);
        return Files.newOutputStream(temp);
    }

    /** Renames every temporary file to its final name. */
    void commit() throws IOException {
        for (Map.Entry<Path, Path> e : pending.entrySet()) {
            try {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        pending.clear();
    }

    @Override
    public void close() throws IOException {
        for (Path temp : pending.keySet()) {
            Files.deleteIfExists(temp);
        }
        pending.clear();
    }
}

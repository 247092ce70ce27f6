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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes output files under temporary names in the output folder and renames each into place only when all
 * of them are complete, so that a reader never sees a half-written file. The set is committed whole or not at
 * all: earlier outputs are set aside first and put back if any rename fails. Closing without committing
 * removes the temporary files, and the folders made for them, and leaves earlier outputs untouched.
 */
final class AtomicOutput implements AutoCloseable {

    private final Path folder;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    /** Folders made for outputs in subfolders, outermost first: removed again, when empty, unless committed. */
    private final List<Path> madeFolders = new ArrayList<>();

    AtomicOutput(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
    }

    /** A UTF-8 writer to the temporary file that will become {@code name}. */
    Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(stream(name), StandardCharsets.UTF_8));
    }

    /**
     * A stream to the temporary file that will become {@code name}, a path relative to the output folder with
     * {@code /} between folders ({@code annotated/dinas/iku.xlsx}); its folders are created.
     */
    OutputStream stream(String name) throws IOException {
        Path target = target(name);
        List<Path> missing = new ArrayList<>();
        for (Path p = target.getParent(); !Files.isDirectory(p); p = p.getParent()) {
            missing.add(0, p);
        }
        Path parent = Files.createDirectories(target.getParent());
        madeFolders.addAll(missing);
        // created as any new file is (the user's umask), not private as createTempFile makes it: colleagues who
        // may read the output folder may read the outputs
        Path temp = parent.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        OutputStream stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        pending.put(temp, target);
        return stream;
    }

    /** Where {@code name} lies once committed; a name outside the output folder is refused. */
    Path target(String name) throws IOException {
        Path target = folder.resolve(name).normalize();
        if (!target.startsWith(folder.normalize()) || target.equals(folder.normalize())) {
            throw new IOException("output name outside the output folder: " + name);
        }
        return target;
    }

    /** Renames every temporary file to its final name, or none of them. */
    void commit() throws IOException {
        for (Path target : pending.values()) {
            if (Files.isDirectory(target)) {
                throw new IOException(target + " is a folder");
            }
        }
        Map<Path, Path> setAside = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        try {
            for (Path target : pending.values()) {
                if (Files.exists(target)) {
                    Path old = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".old");
                    move(target, old);
                    setAside.put(target, old);
                }
            }
            for (Map.Entry<Path, Path> e : pending.entrySet()) {
                move(e.getKey(), e.getValue());
                placed.add(e.getValue());
            }
        } catch (IOException | RuntimeException failure) {
            for (Path target : placed) {
                Files.deleteIfExists(target);
            }
            for (Map.Entry<Path, Path> e : setAside.entrySet()) {
                move(e.getValue(), e.getKey());
            }
            throw failure;
        }
        pending.clear();
        madeFolders.clear();
        for (Path old : setAside.values()) {
            Files.deleteIfExists(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void close() throws IOException {
        for (Path temp : pending.keySet()) {
            Files.deleteIfExists(temp);
        }
        pending.clear();
        for (int i = madeFolders.size() - 1; i >= 0; i--) {
            try (var entries = Files.list(madeFolders.get(i))) {
                if (entries.findAny().isEmpty()) {
                    Files.delete(madeFolders.get(i));
                }
            }
        }
        madeFolders.clear();
    }
}

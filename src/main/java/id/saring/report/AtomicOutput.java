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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes output files under temporary names in the output folder and renames each into place only when all
 * of them are complete, so that a reader never sees a half-written file. Each rename replaces the earlier output
 * in one step (an atomic move where the file system has one): a run killed at any moment, even while renaming,
 * leaves each output either the earlier one whole or the new one whole, never missing and never half-written.
 * Renames start only once every target is known to be free to take (no folder holds an output's name), so a
 * failing write or check leaves every earlier output untouched. Closing without committing removes the temporary
 * files, and the folders made for them.
 *
 * <p>A run that was killed leaves its temporary files behind ({@code .anomalies.json.<uuid>.tmp}); the next one
 * removes them when it opens the folder.
 */
final class AtomicOutput implements AutoCloseable {

    /** The name {@link #stream} gives a temporary file: {@code .<output name>.<random UUID>.tmp}. */
    private static final Pattern LEFTOVER = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

    private final Path folder;
    private final Map<Path, Path> pending = new LinkedHashMap<>();
    /** Folders made for outputs in subfolders, outermost first: removed again, when empty, unless committed. */
    private final List<Path> madeFolders = new ArrayList<>();

    AtomicOutput(Path folder) throws IOException {
        this.folder = Files.createDirectories(folder);
        removeLeftovers();
    }

    /**
     * Removes the temporary files of runs that were killed before they could commit or clean up: in the folder
     * itself and under {@code annotated/}, where outputs go (the folder may be one the user keeps more in).
     */
    private void removeLeftovers() throws IOException {
        Path copies = folder.resolve(AnnotatedCopies.FOLDER);
        try (Stream<Path> top = Files.walk(folder, 1);
                Stream<Path> annotated = Files.isDirectory(copies) ? Files.walk(copies) : Stream.empty()) {
            for (Path leftover : Stream.concat(top, annotated)
                    .filter(p -> LEFTOVER.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile).toList()) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** A UTF-8 writer to the temporary file that will become {@code name}. */
    synchronized Writer writer(String name) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(stream(name), StandardCharsets.UTF_8));
    }

    /**
     * A stream to the temporary file that will become {@code name}, a path relative to the output folder with
     * {@code /} between folders ({@code annotated/dinas/iku.xlsx}); its folders are created.
     */
    synchronized OutputStream stream(String name) throws IOException {
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

    /**
     * Renames every temporary file to its final name. When a target cannot be taken, nothing is renamed; when a
     * rename fails on the way (a disk error), the outputs renamed so far are new and the others earlier, each whole.
     */
    synchronized void commit() throws IOException {
        for (Path target : pending.values()) {
            if (Files.isDirectory(target)) {
                throw new IOException(target + " is a folder");
            }
        }
        for (Iterator<Map.Entry<Path, Path>> it = pending.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Path, Path> e = it.next();
            move(e.getKey(), e.getValue());
            it.remove();
        }
        madeFolders.clear();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notAtomic) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public synchronized void close() throws IOException {
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

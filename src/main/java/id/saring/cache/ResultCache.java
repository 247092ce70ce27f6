package id.saring.cache;

import id.saring.read.ContentHash;
import id.saring.report.FileResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each input's {@link FileResult} kept under {@code --out/.saring/cache/}, one file per entry, named by a key that
 * covers everything the result depends on: the input's content (SHA-256), its name, its agency, the rules it was
 * checked with and the build of saring. An input whose key is found is not read again; a changed byte, rule file
 * or saring build gives another key. A damaged entry counts as missing. The cache never fails a run: an entry that
 * cannot be written is simply not kept.
 */
public final class ResultCache {

    static final String FOLDER = ".saring/cache";

    private final Optional<Path> folder;
    /** The keys this run found or kept: what {@link #keepOnly} leaves. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ResultCache(Optional<Path> folder) {
        this.folder = folder;
    }

    /** The cache of the outputs in {@code out}. */
    public static ResultCache in(Path out) {
        return new ResultCache(Optional.of(out.resolve(FOLDER)));
    }

    /** No cache: every input is read ({@code --no-cache}). */
    public static ResultCache none() {
        return new ResultCache(Optional.empty());
    }

    /**
     * The key of an input's result.
     *
     * @param sha256 the input's content hash
     * @param parts  everything else the result depends on: name, agency, rules fingerprint, saring build
     */
    public static String key(String sha256, String... parts) {
        return ContentHash.key().add("format " + ResultCodec.FORMAT, sha256).add(parts).hex();
    }

    /** The result kept under {@code key}, its input now at {@code path}; empty when none or unreadable. */
    public Optional<FileResult> find(String key, Path path) {
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path entry = folder.get().resolve(key);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(entry)) {
            FileResult result = ResultCodec.read(new DataInputStream(new BufferedInputStream(in, 1 << 16)), path);
            used.add(key);
            return Optional.of(result);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps {@code result} under {@code key}, written whole under a temporary name and then renamed. */
    public void keep(String key, FileResult result) {
        if (folder.isEmpty()) {
            return;
        }
        used.add(key);
        Path entry = folder.get().resolve(key);
        if (Files.isRegularFile(entry)) {
            return;
        }
        Path temporary = folder.get().resolve("." + key + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder.get());
            try (OutputStream out = Files.newOutputStream(temporary)) {
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
                ResultCodec.write(data, result);
                data.flush();
            }
            Files.move(temporary, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover temporary file is removed by the next keepOnly
            }
        }
    }

    /** Removes every entry this run neither found nor kept, and temporary files of runs that were stopped. */
    public void keepOnly() {
        if (folder.isEmpty() || !Files.isDirectory(folder.get())) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder.get())) {
            for (Path entry : entries) {
                if (!used.contains(entry.getFileName().toString())) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // an entry left behind costs disk space only
        }
    }
}

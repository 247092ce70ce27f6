package id.saring.cli;

import id.saring.read.InputFile;
import id.saring.read.InputFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The drop folder {@code saring watch} looks at. A file counts as arrived once its size and modification time have
 * stayed the same for the settle time: a file still being copied or saved keeps growing, and is never read half
 * written. Lock, hidden and temporary files are not inputs ({@link InputFiles}), nor is the output folder.
 */
final class Inbox {

    /** The {@code saring.yaml} files in the inbox. */
    private List<Path> folderSettings() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().equals(FolderSettings.FOLDER_FILE))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** What a file looked like when it was last seen to change. */
    private record Seen(long size, long modified, long since) {
    }

    /**
     * One look at the folder.
     *
     * @param ready    the files that have stopped changing, in input order, with their size and modification time,
     *                 and the {@code saring.yaml} files
     * @param changing how many files are still changing
     */
    record Scan(List<InputFile> files, Map<String, List<Long>> ready, int changing) {

        List<InputFile> readyFiles() {
            return files.stream().filter(f -> ready.containsKey(f.name())).toList();
        }
    }

    private final Path folder;
    private final Optional<Path> output;
    private final long settleNanos;
    private final LongSupplier clock;
    private final Map<Path, Seen> seen = new HashMap<>();

    Inbox(Path folder, Optional<Path> output, long settleNanos, LongSupplier clock) {
        this.folder = folder;
        this.output = output;
        this.settleNanos = settleNanos;
        this.clock = clock;
    }

    /**
     * Looks at every file now. A file that vanishes or changes while the folder is walked is seen at the next look.
     *
     * @throws IOException when the folder itself cannot be read
     */
    Scan scan() throws IOException {
        long now = clock.getAsLong();
        List<InputFile> files;
        try {
            files = InputFiles.of(List.of(folder), output);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (java.nio.file.NoSuchFileException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
            return new Scan(List.of(), Map.of(), 1);
        }
        Map<Path, Seen> looked = new HashMap<>();
        Map<String, List<Long>> ready = new LinkedHashMap<>();
        List<InputFile> present = new ArrayList<>();
        int changing = 0;
        for (InputFile file : files) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
            } catch (IOException gone) {
                changing++;
                continue;
            }
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Seen before = seen.get(file.path());
            Seen current = before != null && before.size() == size && before.modified() == modified ? before
                    : new Seen(size, modified, now);
            looked.put(file.path(), current);
            present.add(file);
            if (now - current.since() >= settleNanos) {
                ready.put(file.name(), List.of(size, modified));
            } else {
                changing++;
            }
        }
        seen.clear();
        seen.putAll(looked);
        // a saring.yaml gives files their rules and agency: a changed one is a change of the inbox
        for (Path settings : folderSettings()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(settings, BasicFileAttributes.class);
                ready.put(folder.relativize(settings).toString().replace('\\', '/'),
                        List.of(attributes.size(), attributes.lastModifiedTime().toMillis()));
            } catch (IOException gone) {
                changing++;
            }
        }
        return new Scan(present, ready, changing);
    }
}

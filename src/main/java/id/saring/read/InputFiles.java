package id.saring.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files a run reads: files given directly, and the spreadsheet and text files found by walking folders.
 * Owner/lock files ({@code ~$laporan.xlsx}, {@code .~lock.laporan.ods#}), hidden and temporary files are
 * skipped. The order is stable: inputs as given, each folder's files by path.
 */
public final class InputFiles {

    private static final Set<String> EXTENSIONS = Set.of("xlsx", "xlsm", "xltx", "xltm", "xlsb", "xls", "xlt", "ods",
            "csv", "tsv", "txt", "htm", "html");

    private InputFiles() {
    }

    /** @throws NoSuchFileException when an input does not exist */
    public static List<InputFile> of(List<Path> inputs) throws IOException {
        return of(inputs, Optional.empty());
    }

    /**
     * The inputs, leaving out the files found in {@code output} when walking a folder: a run's own outputs (its
     * CSV files, its annotated copies) are never read back as inputs, not even when the output folder lies in
     * the input folder ({@code saring run . } in a folder holding {@code output/}). A file given directly is read
     * wherever it lies.
     *
     * @throws NoSuchFileException when an input does not exist
     */
    public static List<InputFile> of(List<Path> inputs, Optional<Path> output) throws IOException {
        Optional<Path> skipped = output.filter(Files::isDirectory).map(InputFiles::realPath);
        Set<Path> seen = new LinkedHashSet<>();
        List<InputFile> files = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString());
            }
            if (Files.isDirectory(input)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(input)) {
                    found = walk.filter(Files::isRegularFile)
                            .filter(p -> isTableFile(input.relativize(p)))
                            .filter(p -> skipped.isEmpty() || !realPath(p).startsWith(skipped.get()))
                            .sorted()
                            .toList();
                }
                for (Path p : found) {
                    if (seen.add(p.toRealPath())) {
                        Path relative = input.relativize(p);
                        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
                        files.add(new InputFile(p, slashes(relative), folder));
                    }
                }
            } else if (seen.add(input.toRealPath())) {
                files.add(new InputFile(input, input.getFileName().toString(), ""));
            }
        }
        return files;
    }

    /** A spreadsheet or text table that is not a lock, hidden or temporary file, in no hidden folder. */
    static boolean isTableFile(Path relative) {
        for (Path part : relative) {
            String s = part.toString();
            if (s.startsWith(".") || s.startsWith("~$")) {
                return false;
            }
        }
        String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith("~") || name.endsWith(".tmp") || name.endsWith("#")) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException gone) {
            return p.toAbsolutePath().normalize();
        }
    }

    private static String slashes(Path relative) {
        List<String> parts = new ArrayList<>();
        relative.forEach(p -> parts.add(p.toString()));
        return String.join("/", parts);
    }
}

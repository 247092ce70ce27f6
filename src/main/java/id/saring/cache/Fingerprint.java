package id.saring.cache;

import id.saring.read.ContentHash;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a cached result was made with besides its input: every rule file (bundled and the user's) and the build of
 * saring. Changing one byte of a rule file, adding or removing one, or installing another build changes the
 * fingerprint, and with it every cache key.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /**
     * The SHA-256 of every regular file under {@code folders} (by path within its folder and content), of the
     * {@code version} and of the code saring runs from (its jar, when it runs from one).
     */
    public static String of(List<Path> folders, String version) throws IOException {
        ContentHash.Key key = ContentHash.key().add(version);
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            key.add("folder " + i);
            if (Files.isDirectory(folder)) {
                for (Path file : files(folder)) {
                    key.add(folder.relativize(file).toString().replace('\\', '/')).addContent(file);
                }
            }
        }
        Path code = code();
        if (code != null && Files.isRegularFile(code)) {
            key.add("code").addContent(code);
        }
        return key.hex();
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).toList());
            files.sort(null);
            return files;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The jar or classes folder this class was loaded from; null when the runtime does not say. */
    private static Path code() {
        try {
            return Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}

package id.saring.report;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

/**
 * A small JSON file of saring's own under {@code --out/.saring/} (the last run, the last watch batch, the kept
 * annotated copies): written whole under a temporary name and renamed, like the outputs, and read back as nothing
 * when it is missing or damaged, so that a damaged state file costs work, never a wrong result.
 */
public final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateFile() {
    }

    /** The state in {@code file}; empty when there is none or it cannot be read as {@code type}. */
    public static <T> Optional<T> read(Path file, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readValue(file.toFile(), type));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    public static void write(Path file, Object state) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling("." + UUID.randomUUID() + ".tmp");
        try {
            JSON.writeValue(temporary.toFile(), state);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

package id.saring.read;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Any bytes saved as a {@code .csv} file: the reader gives rows or {@link UnreadableFileException} (the pipeline's
 * {@code unreadable-file} finding), never another exception, and answers in bounded time ({@link ReaderContract}).
 * The kept inputs, {@code CsvReaderFuzzTestInputs/readsAnyBytes/}, are the CSV exports of {@code input-samples/}
 * and {@code corpus-subset/} and each crash the fuzzer ever found (FUZZING.md).
 */
class CsvReaderFuzzTest {

    @TempDir
    static Path dir;

    static {
        // 003 l.563-564, as Indonesian Excel writes it
        ReaderContract.warmUp(new CsvReader(), ".csv",
                "No;Indikator kinerja;Target;Realisasi\r\n1;Indeks Kepuasan masyarakat;84;79,35\r\n"
                        .getBytes(StandardCharsets.UTF_8));
    }

    private final CsvReader reader = new CsvReader();

    @FuzzTest
    void readsAnyBytes(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("input.csv"), content);

        ReaderContract.holds(reader, file);
    }
}

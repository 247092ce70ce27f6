package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole {@code saring run} over a sheet of a million budget lines, in a JVM whose heap is capped at 256 MB: the
 * stages stream, holding only a few rows, a table's first rows for number evidence and the open budget groups;
 * records past the first few thousand of a file wait on disk ({@link id.saring.report.RecordSpill}) and every
 * output is written from them as they are read back.
 */
class BoundedMemoryTest {

    private static final int LINES = 1_000_000;

    @TempDir
    Path temp;

    @Test
    void aMillionRowSheetIsRunEndToEndWithTheHeapCappedAt256Megabytes() throws Exception {
        Path inbox = Files.createDirectories(temp.resolve("masuk"));
        Path workbook = inbox.resolve("anggaran-besar.xlsx");
        MillionRowSheet.write(workbook, LINES);
        Path out = temp.resolve("out");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", inbox.toString(), "--out", out.toString(), "--no-cache")
                .redirectErrorStream(true).redirectOutput(temp.resolve("terminal.txt").toFile()).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String terminal = Files.readString(temp.resolve("terminal.txt"), StandardCharsets.UTF_8);
        assertThat(finished).as("finished within ten minutes").isTrue();
        assertThat(process.exitValue()).as(terminal.substring(Math.max(0, terminal.length() - 4000))).isZero();
        assertThat(terminal).contains("Saring selesai: 1 berkas (1 terbaca, 0 tidak terbaca), 1 tabel, 0 rekaman capaian,"
                + " 1.000.000 baris anggaran.");
        try (Stream<String> lines = Files.lines(out.resolve("anggaran.csv"))) {
            assertThat(lines.count()).isEqualTo(LINES + 1);
        }
        try (Stream<String> lines = Files.lines(out.resolve("anggaran.csv"))) {
            assertThat(lines.skip(LINES).findFirst()).hasValueSatisfying(last -> assertThat(last)
                    .startsWith("anggaran-besar.xlsx,Anggaran," + (LINES + 3) + ","));
        }
        assertThat(new ObjectMapper().readTree(out.resolve("anomalies.json").toFile()).get("totals").get("records")
                .asInt()).isEqualTo(LINES);
    }
}

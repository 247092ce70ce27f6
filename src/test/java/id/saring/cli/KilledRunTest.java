package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while it writes its outputs (the power fails, a user closes the terminal, {@code kill -9}) leaves
 * every output either the earlier one whole or the new one whole: never a half-written file, never a missing
 * one. The run is a child JVM, killed without warning the moment its first temporary file appears, and the moment
 * its first output is renamed into place.
 */
class KilledRunTest {

    @TempDir
    Path out;

    /** The outputs of a complete earlier run, by path relative to the output folder. */
    private final Map<String, byte[]> earlier = new HashMap<>();

    @BeforeEach
    void completeEarlierRun() throws IOException {
        assertThat(Main.run(new String[] {"run", "input-samples", "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
        for (Path p : files(f -> true)) {
            earlier.put(name(p), Files.readAllBytes(p));
        }
        assertThat(earlier).containsKeys("anomalies.json", "consolidated.xlsx", "report.html",
                "annotated/pemkab-muara-enim/iku-2023.xlsx");
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aRunKilledWhileWritingItsTemporaryFilesLeavesTheEarlierOutputsWhole() throws Exception {
        killWhen(() -> !files(KilledRunTest::temporary).isEmpty());

        assertThat(files(KilledRunTest::temporary)).as("killed mid-write: its temporary files remain").isNotEmpty();
        for (Path p : files(p -> !temporary(p))) {
            assertThat(Files.readAllBytes(p)).as(name(p)).isEqualTo(earlier.get(name(p)));
        }
        assertThat(files(p -> !temporary(p)).stream().map(this::name)).hasSameSizeAs(earlier.keySet());

        // the next run clears what the killed one left and writes everything anew
        assertThat(Main.run(new String[] {"run", "input-samples", "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(files(KilledRunTest::temporary)).isEmpty();
        assertEveryOutputWhole();
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aRunKilledWhileRenamingLeavesEachOutputEarlierOrNewButWhole() throws Exception {
        Path json = out.resolve("anomalies.json");
        byte[] before = earlier.get("anomalies.json");
        // anomalies.json differs from the earlier one (its time) once the new one is renamed into place
        killWhen(() -> !java.util.Arrays.equals(Files.readAllBytes(json), before));

        assertThat(Files.readAllBytes(json)).isNotEqualTo(before);
        assertEveryOutputWhole();
    }

    /** Every output is there and complete: the earlier one, or a new one that opens whole. */
    private void assertEveryOutputWhole() throws IOException {
        List<Path> outputs = files(p -> !temporary(p));
        assertThat(outputs.stream().map(this::name)).containsExactlyInAnyOrderElementsOf(earlier.keySet());
        for (Path p : outputs) {
            String name = name(p);
            byte[] content = Files.readAllBytes(p);
            if (name.endsWith(".csv")) {
                // the same inputs give the same rows: a new CSV is byte for byte the earlier one
                assertThat(content).as(name).isEqualTo(earlier.get(name));
            } else if (name.endsWith(".json")) {
                assertThat(new ObjectMapper().readTree(content).get("totals").get("error").asInt()).as(name)
                        .isEqualTo(74);
            } else if (name.endsWith(".html")) {
                assertThat(new String(content, StandardCharsets.UTF_8)).as(name).endsWith("</html>\n");
            } else {
                try (Workbook book = WorkbookFactory.create(p.toFile(), null, true)) {
                    assertThat(book.getNumberOfSheets()).as(name).isPositive();
                }
            }
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    /** Runs saring in a child JVM and kills it without warning as soon as {@code moment} holds. */
    private void killWhen(Condition moment) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "input-samples", "--no-cache", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            boolean reached = false;
            while (run.isAlive() && !reached) {
                try {
                    reached = moment.holds();
                } catch (IOException racingWithARename) {
                    // a file listed a moment ago was renamed away: look again
                }
            }
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(reached).as("the run was killed at the moment asked for, not after it ended").isTrue();
        } finally {
            run.destroyForcibly();
        }
    }

    private List<Path> files(Predicate<Path> which) throws IOException {
        // the run being watched renames and removes files while the folder is walked: walk again when one vanishes
        for (int attempt = 1;; attempt++) {
            try (Stream<Path> all = Files.walk(out)) {
                // .saring/ holds the cache and state, which the next run reads back or drops; it is not an output
                return all.filter(Files::isRegularFile).filter(p -> !out.relativize(p).startsWith(".saring"))
                        .filter(which).toList();
            } catch (UncheckedIOException vanished) {
                if (attempt == 10) {
                    throw vanished.getCause();
                }
            }
        }
    }

    private static boolean temporary(Path p) {
        return p.getFileName().toString().endsWith(".tmp");
    }

    private String name(Path p) {
        return out.relativize(p).toString().replace('\\', '/');
    }
}

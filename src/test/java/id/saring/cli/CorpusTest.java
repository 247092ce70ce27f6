package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.saring.model.Category;
import id.saring.read.InputFile;
import id.saring.report.InputStatus;
import id.saring.report.RunResult;
import id.saring.rules.RuleLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the public robustness corpus (Apache POI's and frictionless' test spreadsheets, csv-spectrum) is
 * either read or reported {@code unreadable-file}: no exception escapes, nothing hangs or runs out of memory,
 * and no file takes more than ten seconds.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final Path SUBSET = Path.of("src", "test", "resources", "corpus-subset");
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> DATA = List.of(".xls", ".xlsx", ".xlsm", ".xlsb", ".xltx", ".ods", ".csv",
            ".tsv");

    @Test
    void everyFileIsReadOrReportedUnreadableWithinTenSeconds() throws Exception {
        Path root = Files.isDirectory(CORPUS) ? CORPUS : SUBSET;
        List<Path> files = dataFiles(root);
        assertThat(files).as("data files under %s", root).hasSizeGreaterThan(30);
        Pipeline pipeline = new Pipeline(new RuleLoader().load(Path.of("rules"), Optional.empty()));
        int read = 0;
        int rejected = 0;
        long slowest = 0;
        String slowestFile = "";
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            long start = System.nanoTime();
            RunResult result = assertTimeoutPreemptively(LIMIT,
                    () -> pipeline.run(List.of(new InputFile(file, name, ""))), name);
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > slowest) {
                slowest = millis;
                slowestFile = name;
            }
            InputStatus status = result.inputs().get(0);
            long unreadable = result.findings().stream()
                    .filter(f -> f.category() == Category.UNREADABLE_FILE).count();
            if (status.readable()) {
                read++;
                assertThat(unreadable).as(name).isZero();
            } else {
                rejected++;
                assertThat(unreadable).as(name).isEqualTo(1);
            }
        }
        System.out.printf("corpus %s: %d files, %d read, %d rejected as unreadable-file; slowest %s (%d ms)%n",
                root, files.size(), read, rejected, slowestFile, slowest);
        assertThat(read + rejected).isEqualTo(files.size());
    }

    private static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> DATA.stream().anyMatch(p.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .sorted()
                    .toList();
        }
    }
}

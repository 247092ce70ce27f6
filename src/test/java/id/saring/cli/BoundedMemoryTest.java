package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.check.BudgetResult;
import id.saring.check.CapaianResult;
import id.saring.check.ResultListener;
import id.saring.check.TableChecker;
import id.saring.layout.SheetLayout;
import id.saring.layout.TableHeader;
import id.saring.model.Finding;
import id.saring.read.InputReader;
import id.saring.read.SheetRow;
import id.saring.read.SheetVisitor;
import id.saring.rules.RuleLoader;
import id.saring.rules.RuleSet;
import id.saring.value.IndoNumberParser;
import id.saring.value.RecordExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet of a million budget lines is read, laid out, typed and checked in a JVM whose heap is capped at
 * 256 MB: the stages stream, holding only a few rows, a table's first rows for number evidence, and the open
 * budget groups.
 */
class BoundedMemoryTest {

    private static final int LINES = 1_000_000;

    @TempDir
    Path temp;

    @Test
    void aMillionRowSheetIsReadWithTheHeapCappedAt256Megabytes() throws Exception {
        Path workbook = temp.resolve("anggaran-besar.xlsx");
        MillionRowSheet.write(workbook, LINES);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Stages.class.getName(), workbook.toString())
                .redirectErrorStream(true).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("finished within five minutes").isTrue();
        System.out.print(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("rows " + (LINES + 2), "tables 1", "budget lines " + LINES);
    }

    /** Runs read → layout → value → check on one file and counts what comes out; keeps none of it. */
    static final class Stages {

        public static void main(String[] args) throws Exception {
            long start = System.nanoTime();
            RuleSet rules = new RuleLoader().load(Path.of("rules"), Optional.empty());
            Path file = Path.of(args[0]);
            long[] counts = new long[4];
            ResultListener counting = new ResultListener() {
                @Override
                public void table(TableHeader table) {
                    counts[1]++;
                }

                @Override
                public void capaian(CapaianResult result) {
                }

                @Override
                public void budget(BudgetResult result) {
                    counts[2]++;
                }

                @Override
                public void finding(Finding finding) {
                    counts[3]++;
                }
            };
            RecordExtractor extractor = new RecordExtractor(file.getFileName().toString(),
                    new IndoNumberParser(rules.grades()), new TableChecker(rules, counting));
            new InputReader().read(file, new SheetVisitor() {
                private SheetLayout layout;

                @Override
                public void startSheet(String name, boolean hidden) {
                    layout = new SheetLayout(file.getFileName().toString(), name, "", rules.columns(), extractor);
                }

                @Override
                public void row(SheetRow row) {
                    counts[0]++;
                    layout.accept(row);
                }

                @Override
                public void endSheet() {
                    layout.finish();
                }
            });
            Runtime rt = Runtime.getRuntime();
            System.out.printf("rows %d, tables %d, budget lines %d, findings %d; max heap %d MB, used %d MB, %d s%n",
                    counts[0], counts[1], counts[2], counts[3], rt.maxMemory() >> 20,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, (System.nanoTime() - start) / 1_000_000_000);
        }

        private Stages() {
        }
    }

}

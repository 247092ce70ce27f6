package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged and hostile workbooks: the reader gives rows or {@link UnreadableFileException}, never another
 * exception, and answers in bounded time ({@link ReaderContract}). Random bytes rarely make a zip, so besides raw
 * bytes ({@link #readsAnyBytes}) the fuzzer writes the XML parts a reader parses into an otherwise valid package
 * ({@link #readsAPackageWithAnyParts}). The kept inputs under {@code XlsxReaderFuzzTestInputs/} are the small
 * workbooks of {@code input-samples/} and {@code corpus-subset/}, their parts, and each crash the fuzzer ever found
 * (FUZZING.md).
 */
class XlsxReaderFuzzTest {

    @TempDir
    static Path dir;

    static {
        ReaderContract.warmUp(new XlsxReader(), ".xlsx", FuzzedPackage.of(FuzzedPackage.validParts()));
    }

    private final XlsxReader reader = new XlsxReader();

    @FuzzTest
    void readsAnyBytes(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("input.xlsx"), content);

        ReaderContract.holds(reader, file);
    }

    /** The parts of {@link FuzzedPackage#parts}. */
    @FuzzTest
    void readsAPackageWithAnyParts(FuzzedDataProvider data) throws IOException {
        Path file = Files.write(dir.resolve("parts.xlsx"), FuzzedPackage.of(FuzzedPackage.parts(data)));

        ReaderContract.holds(reader, file);
    }

    @Test
    void theValidPartsMakeAWorkbookOfThreeRows() throws Exception {
        // what the empty input writes: the package the fuzzer damages must itself be read in full
        Path file = Files.write(dir.resolve("valid.xlsx"), FuzzedPackage.of(FuzzedPackage.validParts()));
        RecordingVisitor visitor = new RecordingVisitor();

        reader.read(file, visitor);

        assertThat(visitor.only().name()).isEqualTo("IKU");
        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=Capaian | 1=91,19%",
                "2: 0=Indeks Kepuasan masyarakat | 1=91,19",
                "3: 0=Jumlah | 1=Jumlah");
    }

    @Test
    void aSheetWithNoNameIsReadUnderAnEmptyName() throws Exception {
        // crash-5820d819... and crash-5305c40c... of the inputs: a <sheet> whose name attribute the fuzzer had
        // renamed, which FastExcel reads as a null name; a visitor is promised a name, empty when there is none
        Map<String, String> parts = FuzzedPackage.validParts();
        parts.put("xl/workbook.xml", FuzzedPackage.VALID_PARTS.get(3).replace("name=\"IKU\"", "sheet=\"IKU\""));
        Path file = Files.write(dir.resolve("nameless.xlsx"), FuzzedPackage.of(parts));
        RecordingVisitor visitor = new RecordingVisitor();

        reader.read(file, visitor);

        assertThat(visitor.only().name()).isEmpty();
        // its merged range (A3:B3) is found under the same empty name
        assertThat(RecordingVisitor.texts(visitor.only().rows())).containsExactly(
                "1: 0=Capaian | 1=91,19%",
                "2: 0=Indeks Kepuasan masyarakat | 1=91,19",
                "3: 0=Jumlah | 1=Jumlah");
    }

    /**
     * crash-8de36e91... of the inputs: FastExcel made room in row 4 for every column up to CWWWWWWWWWWWWWW
     * (2,031,564,881) and ran out of memory on a file of 1 KB. The same cell in a sheet part whose root is not
     * {@code <worksheet>}: found by the fuzzer's run in CI (finding 6 of FUZZING.md), FastExcel reads the rows of
     * whatever part the workbook names as a sheet, and the check had passed it (out of memory with -Xmx921m).
     */
    @ParameterizedTest
    @ValueSource(strings = {"worksheet", "x"})
    void aCellBeyondColumnXfdMakesTheWorkbookUnreadable(String root) throws Exception {
        Map<String, String> parts = FuzzedPackage.validParts();
        parts.put("xl/worksheets/sheet1.xml", FuzzedPackage.VALID_PARTS.get(0).replace("r=\"B2\"", "r=\"CWWWWWWWWWWWWWW2\"")
                .replace("<worksheet ", "<" + root + " ").replace("</worksheet>", "</" + root + ">"));
        Path file = Files.write(dir.resolve("wide.xlsx"), FuzzedPackage.of(parts));

        assertThatThrownBy(() -> reader.read(file, new RecordingVisitor()))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    assertThat(e.detail()).isEqualTo(
                            "xl/worksheets/sheet1.xml: cell CWWWWWWWWWWWWWW2 lies beyond column XFD");
                });
    }

    @Test
    void aCellInColumnXfdIsRead() throws Exception {
        Map<String, String> parts = FuzzedPackage.validParts();
        parts.put("xl/worksheets/sheet1.xml", FuzzedPackage.VALID_PARTS.get(0).replace("r=\"B2\"", "r=\"XFD2\""));
        Path file = Files.write(dir.resolve("widest.xlsx"), FuzzedPackage.of(parts));
        RecordingVisitor visitor = new RecordingVisitor();

        reader.read(file, visitor);

        assertThat(RecordingVisitor.texts(visitor.only().rows())).element(1)
                .isEqualTo("2: 0=Indeks Kepuasan masyarakat | 16383=91,19");
    }

    @Test
    void aPartCompressedWithZstandardMakesTheWorkbookUnreadable() throws Exception {
        // crash-da39c95c... of the inputs: method 20 (Zstandard) in the central directory entry of xl/styles.xml;
        // FastExcel's zip library reached for a codec saring does not ship and threw NoClassDefFoundError
        byte[] bytes = FuzzedPackage.of(FuzzedPackage.validParts());
        byte[] central = "PK\u0001\u0002".getBytes(StandardCharsets.ISO_8859_1);
        byte[] name = "xl/styles.xml".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i + 46 + name.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + 4, central, 0, 4)
                    && Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                bytes[i + 10] = 20; // the entry's compression method, two bytes little-endian
            }
        }
        Path file = Files.write(dir.resolve("zstd.xlsx"), bytes);

        assertThatThrownBy(() -> reader.read(file, new RecordingVisitor()))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    // the package check refuses the codec before FastExcel's zip library would reach for it
                    assertThat(e.detail()).isEqualTo("ZipException: invalid CEN header (bad compression method: 20)");
                });
    }

    /** A package of {@code parts} (name to text) with the content types and relationships that tie them. */
}

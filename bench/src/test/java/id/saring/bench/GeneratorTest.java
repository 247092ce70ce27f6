package id.saring.bench;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.bench.IndoNumbers.Rupiah;
import id.saring.bench.SeedCatalogue.Indicator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3489328596 | PLAIN       | 3.489.328.596
            3489328596 | RP_NO_CENTS | Rp 3.489.328.596,-
            2716508396 | RP_CENTS    | Rp. 2.716.508.396,00
            1447589573 | CENTS       | 1.447.589.573,00
            100        | PLAIN       | 100
            """)
    void rupiahIsWrittenAsTheSeedsWriteIt(long amount, Rupiah style, String expected) {
        assertThat(IndoNumbers.rupiah(amount, style)).isEqualTo(expected);
    }

    @Test
    void decimalsUseTheIndonesianAndTheEnglishMarks() {
        assertThat(IndoNumbers.decimal(new BigDecimal("91.1997"), 2)).isEqualTo("91,20");
        assertThat(IndoNumbers.decimal(new BigDecimal("1234.56"), 2)).isEqualTo("1.234,56");
        assertThat(IndoNumbers.english(new BigDecimal("1234.56"), 2)).isEqualTo("1,234.56");
        assertThat(IndoNumbers.english(new BigDecimal("135209300"), 2)).isEqualTo("135,209,300.00");
    }

    @Test
    void capaianFollowsTheIndicatorsDirection() {
        Indicator ikm = SeedCatalogue.IKM;
        Indicator poverty = new Indicator("Persentase Penduduk Miskin", "%", true, 9, 13, 2);
        // 003 l.563: 79,35 against 84 (the seed writes 94,05, itself a mistake)
        assertThat(AgencyWorkbook.capaian(ikm, new BigDecimal("84"), new BigDecimal("79.35")))
                .isEqualByComparingTo("94.46");
        // 000 l.1971 by the regulation's formula: (2 × 10,39 − 10,93) / 10,39 × 100
        assertThat(AgencyWorkbook.capaian(poverty, new BigDecimal("10.39"), new BigDecimal("10.93")))
                .isEqualByComparingTo("94.80");
        assertThat(AgencyWorkbook.predikat(new BigDecimal("91.00"))).isEqualTo("Sangat Tinggi");
        assertThat(AgencyWorkbook.predikat(new BigDecimal("90.99"))).isEqualTo("Tinggi");
        assertThat(AgencyWorkbook.predikat(new BigDecimal("50.99"))).isEqualTo("Sangat Rendah");
    }

    @Test
    void aFolderHoldsThreeSheetsAFileAndTheSameBytesForTheSameSeed() throws IOException {
        List<Mistake> mistakes = new ArrayList<>();
        long rows = Generate.folder(dir.resolve("a"), 40, 7, mistakes::add);
        Generate.folder(dir.resolve("b"), 40, 7, m -> { });
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir.resolve("a"))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSize(40);
        assertThat(files.get(0).toString()).contains("kab-muara-enim/");
        assertThat(rows / 40.0).isBetween(50.0, 70.0);
        for (Path file : files) {
            assertThat(Files.readAllBytes(file))
                    .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(dir.resolve("a").relativize(file))));
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                assertThat(workbook.getSheets().count()).isEqualTo(3);
            }
        }
        assertThat(mistakes).isNotEmpty().allSatisfy(m -> assertThat(m.file()).endsWith(".xlsx"));
    }

    @Test
    void theLraOfAWorkbookAddsUpToItsBudget() throws IOException {
        Generate.folder(dir, 1, 7, m -> { });
        Path file;
        try (Stream<Path> walk = Files.walk(dir)) {
            file = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            Sheet lra = workbook.getSheets().toList().get(2);
            List<Row> rows = lra.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("KECAMATAN SEMENDE DARAT TENGAH KABUPATEN MUARA ENIM");
            Row header = rows.stream().filter(r -> "URAIAN".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(header.getCellText(1)).isEqualTo("ANGGARAN");
            long belanja = amount(rows, "BELANJA DAERAH");
            assertThat(amount(rows, "BELANJA OPERASI") + amount(rows, "BELANJA MODAL")).isEqualTo(belanja);
            assertThat(amount(rows, "Belanja Pegawai") + amount(rows, "Belanja Barang dan Jasa"))
                    .isEqualTo(amount(rows, "BELANJA OPERASI"));
            assertThat(amount(rows, "JUMLAH BELANJA")).isEqualTo(belanja);
        }
    }

    @Test
    void theBigSheetHasItsLinesAndAJumlahThatIsTheirSum() throws IOException {
        Path file = dir.resolve("big.xlsx");
        long rows = BigBudgetSheet.write(file, 5_000, 1, m -> { });
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize((int) rows);
            assertThat(read.get(2).getCellText(0)).isEqualTo("Kode");
            long subs = read.stream().filter(r -> r.getCellText(0).split("\\.").length == 6).count();
            assertThat(subs).isEqualTo(5_000);
            long programs = 0;
            for (Row r : read) {
                if (r.getCellText(0).split("\\.").length == 3) {
                    programs += Long.parseLong(r.getCellRawValue(2).orElseThrow());
                }
            }
            Row jumlah = read.get(read.size() - 1);
            assertThat(jumlah.getCellText(1)).isEqualTo("JUMLAH");
            assertThat(Long.parseLong(jumlah.getCellRawValue(2).orElseThrow())).isEqualTo(programs);
        }
    }

    private static long amount(List<Row> rows, String label) {
        String text = rows.stream().filter(r -> label.equals(r.getCellText(0))).findFirst().orElseThrow()
                .getCellText(1);
        return Long.parseLong(text.replace(".", ""));
    }
}

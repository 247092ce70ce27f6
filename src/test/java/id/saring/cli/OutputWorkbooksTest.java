package id.saring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbooks for people that {@code saring run input-samples} writes and checks what a planner sees:
 * numbers in numeric cells with Indonesian display formats, the filter and frozen header, and the summary figures
 * of the samples (recomputed by hand from {@code capaian.csv} and the seeds' own totals).
 */
class OutputWorkbooksTest {

    @TempDir
    static Path out;

    private static XSSFWorkbook summary;
    private static XSSFWorkbook consolidated;
    private static XSSFWorkbook anomalies;
    private static final DataFormatter SHOWN = new DataFormatter(Locale.forLanguageTag("id-ID"));

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        int exit = Main.run(new String[] {"run", "input-samples", "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        summary = new XSSFWorkbook(out.resolve("capaian-summary.xlsx").toFile());
        consolidated = new XSSFWorkbook(out.resolve("consolidated.xlsx").toFile());
        anomalies = new XSSFWorkbook(out.resolve("anomalies.xlsx").toFile());
    }

    @AfterAll
    static void close() throws IOException {
        summary.close();
        consolidated.close();
        anomalies.close();
    }

    private static List<String> sheetNames(Workbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference r = new CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    /** The row whose column A holds {@code text}. */
    private static Row rowStarting(Sheet sheet, String text) {
        for (Row r : sheet) {
            Cell a = r.getCell(0);
            if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + text + " in " + sheet.getSheetName());
    }

    private static void assertNumber(Cell cell, double value, String format, String shown) {
        assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().formatAsString()).isCloseTo(value,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo(format);
        assertThat(SHOWN.formatCellValue(cell)).isEqualTo(shown);
    }

    private static List<String> header(Sheet sheet, int row) {
        List<String> names = new ArrayList<>();
        sheet.getRow(row).forEach(c -> names.add(c.getStringCellValue()));
        return names;
    }

    @Test
    void summaryHoldsTheRecordsAndTheSummarySheets() {
        assertThat(sheetNames(summary)).containsExactly("Capaian", "Anggaran", "Per OPD", "Per Predikat",
                "Per Kategori");
        assertThat(summary.getSheet("Capaian").getLastRowNum()).isEqualTo(226);
        assertThat(summary.getSheet("Anggaran").getLastRowNum()).isEqualTo(205);
    }

    @Test
    void capaianRecordsAreNumericCellsWithTheirStatedPrecisionAndCapaianAsPercent() {
        Sheet capaian = summary.getSheet("Capaian");
        assertThat(header(capaian, 0)).containsExactly("Berkas", "Lembar", "Baris", "OPD", "Tahun", "Sasaran",
                "Indikator", "Satuan", "Arah", "Target", "Realisasi", "Capaian tertulis", "Capaian dihitung",
                "Predikat", "Status", "Skor target", "Skor realisasi");
        // seed 003 l.867: IKM target 84, realisasi 79,35, stated 94,05 %
        Row ikm = null;
        for (Row r : capaian) {
            if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("kecamatan-sumber-harta/iku-2023.csv")
                    && r.getCell(2).getNumericCellValue() == 5) {
                ikm = r;
            }
        }
        assertThat(ikm).isNotNull();
        assertNumber(ikm.getCell(4), 2023, "0", "2023");
        assertNumber(ikm.getCell(9), 84, "#,##0", "84");
        assertNumber(ikm.getCell(10), 79.35, "#,##0.00", "79,35");
        assertNumber(ikm.getCell(11), 0.9405, "0.00%", "94,05%");
        assertNumber(ikm.getCell(12), 0.9446, "0.00%", "94,46%");
        assertThat(ikm.getCell(14).getStringCellValue()).isEqualTo("capaian-mismatch");
    }

    @Test
    void budgetLinesAreRupiahCells() {
        Sheet anggaran = summary.getSheet("Anggaran");
        // seed 001 l.560: the first programme of the kecamatan's budget
        Row programme = anggaran.getRow(1);
        assertThat(programme.getCell(0).getStringCellValue())
                .isEqualTo("kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv");
        assertNumber(programme.getCell(8), 2_716_508_396d, "\"Rp \"#,##0", "Rp 2.716.508.396");
        assertNumber(programme.getCell(9), 2_423_155_999d, "\"Rp \"#,##0", "Rp 2.423.155.999");
        assertNumber(programme.getCell(11), 0.892, "0.00%", "89,20%");
    }

    @Test
    void everyTableHasAFilterAFrozenHeaderAndColumnsWideEnoughForTheirContent() {
        for (XSSFWorkbook book : List.of(summary, consolidated, anomalies)) {
            for (Sheet s : book) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).as(sheet.getSheetName()).isTrue();
            }
        }
        Sheet capaian = summary.getSheet("Capaian");
        // the indicator column fits the longest names up to 60 characters; the row column is narrow
        assertThat(capaian.getColumnWidth(6)).isEqualTo(60 * 256);
        assertThat(capaian.getColumnWidth(2)).isEqualTo(8 * 256); // the default width is wide enough
    }

    @Test
    void perAgencyGivesIndicatorsMeanCapaianPredikatBudgetAndFindings() {
        Sheet perOpd = summary.getSheet("Per OPD");
        assertThat(header(perOpd, 0)).containsExactly("OPD", "Jumlah indikator", "Capaian dapat dihitung",
                "Rata-rata capaian", "Sangat Baik", "Sangat Tinggi", "Baik", "Tinggi", "(tanpa predikat)",
                "Baris anggaran", "Sumber anggaran", "Pagu", "Realisasi anggaran", "Serapan anggaran", "Galat",
                "Peringatan", "Info");
        // seed 001: 12 indicators; its budget (l.598) is Rp 3.489.328.596 of which 3.182.258.349 was spent
        Row semende = rowStarting(perOpd, "Kecamatan Semende Darat Tengah");
        assertNumber(semende.getCell(1), 12, "#,##0", "12");
        assertNumber(semende.getCell(3), 1.0971, "0.00%", "109,71%");
        assertNumber(semende.getCell(5), 11, "#,##0", "11");
        assertNumber(semende.getCell(7), 1, "#,##0", "1");
        assertNumber(semende.getCell(9), 47, "#,##0", "47");
        assertThat(semende.getCell(10).getStringCellValue())
                .isEqualTo("kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv");
        assertNumber(semende.getCell(11), 3_489_328_596d, "\"Rp \"#,##0", "Rp 3.489.328.596");
        assertNumber(semende.getCell(12), 3_182_258_349d, "\"Rp \"#,##0", "Rp 3.182.258.349");
        assertNumber(semende.getCell(13), 0.912, "0.00%", "91,20%");
        assertThat(List.of(semende.getCell(14).getNumericCellValue(), semende.getCell(15).getNumericCellValue(),
                semende.getCell(16).getNumericCellValue())).containsExactly(1d, 8d, 8d);
        // the two names of seed 003's kecamatan are one agency: 14 + 20 capaian computed, mean of all 34
        Row sumberHarta = rowStarting(perOpd, "Kecamatan Sumber Harta Kabupaten Musi Rawas");
        assertNumber(sumberHarta.getCell(1), 45, "#,##0", "45");
        assertNumber(sumberHarta.getCell(2), 34, "#,##0", "34");
        assertNumber(sumberHarta.getCell(3), 0.9629, "0.00%", "96,29%");
        // Pemkab and Pemerintah Kabupaten Muara Enim are one; its budget is its LRA's spending (seed 000)
        Row muaraEnim = rowStarting(perOpd, "Pemerintah Kabupaten Muara Enim");
        assertNumber(muaraEnim.getCell(1), 114, "#,##0", "114");
        assertNumber(muaraEnim.getCell(4), 33, "#,##0", "33");
        assertThat(muaraEnim.getCell(10).getStringCellValue()).isEqualTo("pemkab-muara-enim/lra-2023.csv");
        assertNumber(muaraEnim.getCell(13), 0.892, "0.00%", "89,20%");
        assertThat(sheetNames(summary)).doesNotContain("Pemkab Muara Enim");
        assertThat(perOpd.getLastRowNum()).isEqualTo(10); // 8 agencies, nobody's, a blank row and the note
    }

    @Test
    void perPredikatCountsIndicatorsAndTheirCapaianFromTheBestMeanDown() {
        Sheet perPredikat = summary.getSheet("Per Predikat");
        List<String> predikat = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (Row r : perPredikat) {
            if (r.getRowNum() > 0) {
                predikat.add(r.getCell(0).getStringCellValue());
                counts.add(r.getCell(1).getNumericCellValue());
            }
        }
        assertThat(predikat).containsExactly("Sangat Baik", "Sangat Tinggi", "Baik", "Tinggi", "(tanpa predikat)");
        assertThat(counts).containsExactly(33d, 66d, 8d, 6d, 113d);
        assertThat(counts.stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(226);
        Row sangatBaik = perPredikat.getRow(1);
        assertNumber(sangatBaik.getCell(2), 1.0689, "0.00%", "106,89%");
        assertNumber(sangatBaik.getCell(3), 1.0, "0.00%", "100,00%");
    }

    @Test
    void perCategoryCountsTheSamplesFindingsBySeverity() {
        for (XSSFWorkbook book : List.of(summary, anomalies)) {
            Sheet perCategory = book.getSheet("Per Kategori");
            Row capaian = rowStarting(perCategory, "capaian-mismatch");
            assertThat(List.of(capaian.getCell(1).getNumericCellValue(), capaian.getCell(2).getNumericCellValue(),
                    capaian.getCell(3).getNumericCellValue(), capaian.getCell(4).getNumericCellValue()))
                    .containsExactly(6d, 8d, 0d, 14d);
            double[] totals = new double[4];
            for (Row r : perCategory) {
                for (int c = 1; r.getRowNum() > 0 && c <= 4; c++) {
                    totals[c - 1] += r.getCell(c).getNumericCellValue();
                }
            }
            assertThat(totals).containsExactly(74, 25, 31, 130);
            assertThat(perCategory.getLastRowNum()).isEqualTo(21); // every category occurs in the samples
        }
    }

    @Test
    void consolidatedHasCombinedSheetsAndOneSheetPerAgency() {
        assertThat(sheetNames(consolidated)).containsExactly("Capaian (gabungan)", "Anggaran (gabungan)",
                "Kecamatan Semende Darat Tengah", "Kecamatan Sumber Harta Kabupate", "Pemerintah Kabupaten Muara Enim",
                "Sekretariat Daerah Kabupaten Be", "Bagian Pemerintahan", "Sekretaris Daerah",
                "Satuan Polisi Pamong Praja Kabu");
        assertThat(consolidated.getSheet("Capaian (gabungan)").getLastRowNum()).isEqualTo(226);
        assertThat(consolidated.getSheet("Anggaran (gabungan)").getLastRowNum()).isEqualTo(205);
        Sheet semende = consolidated.getSheet("Kecamatan Semende Darat Tengah");
        assertThat(cell(semende, "A1").getStringCellValue()).isEqualTo("OPD: Kecamatan Semende Darat Tengah");
        // 12 capaian records under their header on row 3, a blank row, then 47 budget lines under theirs
        assertThat(cell(semende, "G3").getStringCellValue()).isEqualTo("Indikator");
        assertThat(cell(semende, "H17").getStringCellValue()).isEqualTo("Uraian");
        assertThat(semende.getLastRowNum()).isEqualTo(63);
        // every row names its source: file, sheet, row
        assertThat(cell(semende, "A4").getStringCellValue())
                .isEqualTo("kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");
        assertThat(cell(semende, "B4").getStringCellValue()).isEqualTo("Sasaran Pemerintahan");
        assertNumber(cell(semende, "C4"), 6, "0", "6");
        assertNumber(cell(semende, "I18"), 2_716_508_396d, "\"Rp \"#,##0", "Rp 2.716.508.396");
    }

    @Test
    void anomaliesListEveryFindingWithItsSeverityColoured() {
        Sheet findings = anomalies.getSheet("Temuan");
        assertThat(sheetNames(anomalies)).containsExactly("Temuan", "Per Kategori", "Per Berkas");
        assertThat(findings.getLastRowNum()).isEqualTo(130);
        assertThat(header(findings, 0)).containsExactly("Berkas", "Lembar", "Baris", "Sel", "Kategori", "Tingkat",
                "Pesan", "Nilai tertulis", "Nilai seharusnya", "Salinan beranotasi");
        Row first = findings.getRow(1);
        assertThat(first.getCell(0).getStringCellValue())
                .isEqualTo("kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");
        assertThat(first.getCell(3).getStringCellValue()).isEqualTo("D6");
        assertThat(first.getCell(4).getStringCellValue()).isEqualTo("capaian-mismatch");
        assertThat(first.getCell(5).getStringCellValue()).isEqualTo("peringatan");
        assertThat(first.getCell(5).getCellStyle().getFillForegroundColor())
                .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.GOLD.getIndex());
        // the link opens the annotated copy at the finding's cell
        Cell link = first.getCell(9);
        assertThat(link.getStringCellValue()).isEqualTo("Buka 'Sasaran Pemerintahan'!D6");
        // the file is the link's target and the cell its location; POI reads the two back joined by #
        String copy = "annotated/kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx";
        assertThat(((org.apache.poi.xssf.usermodel.XSSFHyperlink) link.getHyperlink()).getLocation())
                .isEqualTo("'Sasaran Pemerintahan'!D6");
        assertThat(link.getHyperlink().getAddress()).isEqualTo(copy + "#'Sasaran Pemerintahan'!D6");
        assertThat(out.resolve(copy)).isRegularFile();
        // a CSV's copy is an xlsx whose one sheet bears the file's name
        Row csv = rowStarting(findings, "kecamatan-sumber-harta/iku-2023.csv");
        assertThat(csv.getCell(9).getHyperlink().getAddress())
                .isEqualTo("annotated/kecamatan-sumber-harta/iku-2023.csv.xlsx#'iku-2023'!" + csv.getCell(3)
                        .getStringCellValue());
        // the unreadable file has no copy to open
        Row unreadable = rowStarting(findings, "kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx");
        assertThat(unreadable.getCell(4).getStringCellValue()).isEqualTo("unreadable-file");
        assertThat(unreadable.getCell(9)).isNull();
        // per file, in input order, a file without findings included
        Sheet perFile = anomalies.getSheet("Per Berkas");
        assertThat(perFile.getLastRowNum()).isEqualTo(24);
        Row sasaran = rowStarting(perFile, "kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx");
        Row budget = rowStarting(perFile, "kecamatan-semende-darat-tengah/realisasi-anggaran-2023.csv");
        assertThat(List.of(1, 2, 3, 4).stream().map(c -> sasaran.getCell(c).getNumericCellValue()))
                .containsExactly(1d, 8d, 8d, 17d);
        assertThat(List.of(1, 2, 3, 4).stream().map(c -> budget.getCell(c).getNumericCellValue()))
                .containsExactly(0d, 0d, 0d, 0d);
        Row error = rowStarting(findings, "kecamatan-sumber-harta/iku-2023.csv");
        assertThat(error.getCell(5).getStringCellValue()).isEqualTo("galat");
        assertThat(error.getCell(5).getCellStyle().getFillForegroundColor())
                .isEqualTo(org.apache.poi.ss.usermodel.IndexedColors.CORAL.getIndex());
    }
}

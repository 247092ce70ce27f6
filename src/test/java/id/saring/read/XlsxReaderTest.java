package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Workbooks as agencies keep them: numbers with percent and thousands formats, formulas, hidden sheets. Each
 * fixture is written with POI and read back with FastExcel through {@link XlsxReader}.
 */
class XlsxReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0} as {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # stored number | number format     | shown text      | where it is seen
            0.9119          | 0.00%             | 91,19%          | 001: capaian 91,19 kept as a percent cell
            0.8             | 0%                | 80%             | 001 l.580: target 80%
            3489328596      | #,##0             | 3.489.328.596   | domain.md: pagu with thousands dots
            4515497000      | #,##0             | 4.515.497.000   | 000 l.2747: pagu
            69.55           | 0.00              | 69,55           | 000 l.1959: IPM target
            0.313           | 0.000             | 0,313           | 000 l.1966: Gini ratio
            104             | General           | 104             | 000 l.1959: capaian
            2716508396      | #,##0.00          | 2.716.508.396,00 | domain.md: Rp. 2.716.508.396,00
            """)
    void aNumericCellKeepsItsShownTextStoredNumberAndFormat(String number, String format, String shown,
            String source) throws Exception {
        Path file = workbook(wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("IKU").createRow(0).createCell(3);
            cell.setCellValue(Double.parseDouble(number));
            cell.setCellStyle(style);
        });

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell.column()).isEqualTo(3);
        assertThat(cell.text()).isEqualTo(shown);
        assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(cell.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
        assertThat(cell.format()).isEqualTo(format);
    }

    @Test
    void aTextCellIsReadAsWrittenWithNoNumberAndNoFormat() throws Exception {
        // 003 l.572: a grade with its score typed as text
        Path file = workbook(wb -> wb.createSheet("IKU").createRow(0).createCell(3).setCellValue("B(64,59)"));

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell).isEqualTo(new Cell(3, "B(64,59)", CellKind.TEXT, Optional.empty(), ""));
    }

    @Test
    void aFormulaCellGivesItsCachedValueWithItsFormat() throws Exception {
        // 003 l.564: capaian = realisasi / target, 79,35 / 84, shown as a percent
        Path file = workbook(wb -> {
            Row row = wb.createSheet("IKU").createRow(0);
            row.createCell(0).setCellValue(84);
            row.createCell(1).setCellValue(79.35);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            org.apache.poi.ss.usermodel.Cell capaian = row.createCell(2);
            capaian.setCellFormula("B1/A1");
            capaian.setCellStyle(percent);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Cell cell = read(file).only().rows().get(0).cells().get(2);

        assertThat(cell.text()).isEqualTo("94,46%");
        assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(cell.number()).hasValueSatisfying(
                n -> assertThat(n.doubleValue()).isCloseTo(79.35 / 84, offset(1e-12)));
        assertThat(cell.format()).isEqualTo("0.00%");
    }

    @Test
    void aFormulaThatGivesTextGivesATextCell() throws Exception {
        Path file = workbook(wb -> {
            Row row = wb.createSheet("IKU").createRow(0);
            row.createCell(0).setCellFormula("\"Sangat \"&\"Baik\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell).isEqualTo(Cell.text(0, "Sangat Baik"));
    }

    @Test
    void aFormulaErrorGivesAnErrorCell() throws Exception {
        // target 0: capaian = realisasi / target cannot be computed (domain.md)
        Path file = workbook(wb -> {
            Row row = wb.createSheet("IKU").createRow(0);
            row.createCell(0).setCellValue(0);
            row.createCell(1).setCellValue(5);
            row.createCell(2).setCellFormula("B1/A1");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Cell cell = read(file).only().rows().get(0).cells().get(2);

        assertThat(cell).isEqualTo(new Cell(2, "#DIV/0!", CellKind.ERROR, Optional.empty(), ""));
    }

    @Test
    void aBooleanCellIsShownInCapitals() throws Exception {
        Path file = workbook(wb -> wb.createSheet("IKU").createRow(0).createCell(0).setCellValue(true));

        assertThat(read(file).only().rows().get(0).cells())
                .containsExactly(new Cell(0, "TRUE", CellKind.BOOLEAN, Optional.empty(), ""));
    }

    @Test
    void aDateCellIsADateWithItsSerialNumber() throws Exception {
        Path file = workbook(wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("IKU").createRow(0).createCell(0);
            cell.setCellValue(LocalDate.of(2023, 12, 31));
            cell.setCellStyle(style);
        });

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell.kind()).isEqualTo(CellKind.DATE);
        assertThat(cell.text()).isEqualTo("31/12/2023");
        // 2023-12-31 is day 45291 of Excel's 1900 date system
        assertThat(cell.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("45291"));
        assertThat(cell.format()).isEqualTo("dd/mm/yyyy");
    }

    @Test
    void rowNumbersAreOneBasedAndKeepTheGapsOfEmptyRows() throws Exception {
        // Tabel 3.2 of 004 l.906-911: caption in row 1, header in row 4, first indicator in row 6
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("IKU");
            sheet.createRow(0).createCell(0).setCellValue("Tabel 3.2");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("NO");
            header.createCell(1).setCellValue("INDIKATOR KINERJA UTAMA");
            Row data = sheet.createRow(5);
            data.createCell(0).setCellValue("1.");
            data.createCell(1).setCellValue("Nilai LPPD");
            data.createCell(4).setCellValue("3,22");
        });

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly(
                "1: 0=Tabel 3.2",
                "4: 0=NO | 1=INDIKATOR KINERJA UTAMA",
                "6: 0=1. | 1=Nilai LPPD | 4=3,22");
    }

    @Test
    void emptyTextCellsAreLeftOut() throws Exception {
        Path file = workbook(wb -> {
            Row row = wb.createSheet("IKU").createRow(0);
            row.createCell(0).setCellValue("");
            row.createCell(1).setCellValue("Nilai LPPD");
            row.createCell(2);
        });

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(Cell.text(1, "Nilai LPPD"));
    }

    @Test
    void sheetsComeInWorkbookOrderWithHiddenAndVeryHiddenOnesFlagged() throws Exception {
        Path file = workbook(wb -> {
            wb.createSheet("IKU 2023").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.createSheet("Data Lama").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.createSheet("Rumus").createRow(0).createCell(0).setCellValue("x");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });

        RecordingVisitor visitor = read(file);

        assertThat(visitor.sheets()).extracting(RecordingVisitor.SheetSeen::name, RecordingVisitor.SheetSeen::hidden)
                .containsExactly(
                        tuple("IKU 2023", false),
                        tuple("Data Lama", true),
                        tuple("Rumus", true));
        assertThat(visitor.sheets()).allMatch(RecordingVisitor.SheetSeen::ended);
    }

    @Test
    void hiddenRowsAreFlagged() throws Exception {
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("IKU");
            sheet.createRow(0).createCell(0).setCellValue("Nilai LPPD");
            Row hidden = sheet.createRow(1);
            hidden.createCell(0).setCellValue("Indeks Reformasi Hukum");
            hidden.setZeroHeight(true);
        });

        assertThat(read(file).only().rows()).extracting(SheetRow::number, SheetRow::hidden).containsExactly(
                tuple(1, false),
                tuple(2, true));
    }

    @Test
    void aTruncatedWorkbookIsCorrupt() throws Exception {
        Path whole = workbook(wb -> {
            Sheet sheet = wb.createSheet("IKU");
            for (int r = 0; r < 200; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Indikator " + r);
            }
        });
        byte[] bytes = Files.readAllBytes(whole);
        // an interrupted download: the zip's central directory at the end is missing
        Path truncated = dir.resolve("terpotong.xlsx");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> new XlsxReader().read(truncated, new RecordingVisitor()))
                .isInstanceOfSatisfying(UnreadableFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(Problem.CORRUPT));
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchangedNotAsACorruptFile() throws Exception {
        Path file = workbook(wb -> wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Nilai LPPD"));
        IllegalArgumentException bug = new IllegalArgumentException("bug in a later stage");
        SheetVisitor failing = RecordingVisitor.failingOnRow(bug);

        assertThatThrownBy(() -> new XlsxReader().read(file, failing)).isSameAs(bug);
    }

    private Path workbook(Consumer<XSSFWorkbook> content) throws IOException {
        return PackageParts.workbook(dir, new XSSFWorkbook(), ".xlsx", content);
    }

    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new XlsxReader().read(file, visitor);
        return visitor;
    }
}

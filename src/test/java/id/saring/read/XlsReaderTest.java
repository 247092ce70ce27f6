package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import id.saring.read.UnreadableFileException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Excel 97-2003 workbooks, still what many kecamatan keep their reports in. Each fixture is written with POI's
 * HSSF and read back through {@link XlsReader}.
 */
class XlsReaderTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "[{index}] {0} as {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # stored number | number format                           | shown text       | where it is seen
            3489328596      | #,##0                                   | 3.489.328.596    | 001 l.31: total pagu
            0.9119          | 0.00%                                   | 91,19%           | 001 l.41: capaian anggaran
            1234.56         | #,##0.00                                | 1.234,56         | decimal comma, thousands dot
            2716508396      | #,##0.00                                | 2.716.508.396,00 | 001 l.609: Rp. 2.716.508.396,00
            3489328596      | "Rp "#,##0                              | Rp 3.489.328.596 | rupiah as a literal prefix
            3489328596      | [$Rp-421]\\ #,##0                       | Rp 3.489.328.596 | Excel's Indonesian currency
            3489328596      | _(* #,##0_);_(* (#,##0);_(* "-"_);_(@_) | 3.489.328.596    | Excel's accounting format
            69.55           | 0.00                                    | 69,55            | 000 l.1959: IPM target
            104             | General                                 | 104              | 000 l.1959: capaian
            """)
    void aNumericCellKeepsItsShownTextStoredNumberAndFormat(String number, String format, String shown,
            String source) throws Exception {
        Path file = workbook(wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("Realisasi").createRow(0).createCell(3);
            cell.setCellValue(Double.parseDouble(number));
            cell.setCellStyle(style);
        });

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell.column()).isEqualTo(3);
        assertThat(cell.text()).isEqualTo(shown);
        assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(cell.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
        assertThat(cell.format()).isEqualTo(format);
        assertThat(cell.mergedCopy()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0} as {1} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            # stored number | number format      | shown text          | why
            91.19           | 0.00" %"           | 91,19 %             | 001 l.41: 91,19 typed, a literal % added
            91.19           | 0.00\\%            | 91,19%              | a % escaped with a backslash is text too
            3489328596      | "Rp "#,##0",-"     | Rp 3.489.328.596,-  | 001 l.31: Rp 3.489.328.596,-
            3182258349      | "Rp. "#,##0",-"    | Rp. 3.182.258.349,- | 001 l.36: Rp. 3.182.258.349,-
            -91.19          | 0.00" %";-0.00" %" | -91,19 %            | the negative section has its own text
            """)
    void textQuotedInANumberFormatIsShownAsItIsAndNotReadAsPattern(String number, String format, String shown,
            String why) throws Exception {
        // POI's formatter alone shows 91,19 with 0.00" %" as 9119,00 % and Rp 3.489.328.596,- as 3489328596
        Path file = workbook(wb -> {
            CellStyle style = wb.createCellStyle();
            style.setDataFormat(wb.createDataFormat().getFormat(format));
            org.apache.poi.ss.usermodel.Cell cell = wb.createSheet("Realisasi").createRow(0).createCell(0);
            cell.setCellValue(Double.parseDouble(number));
            cell.setCellStyle(style);
        });

        Cell cell = read(file).only().rows().get(0).cells().get(0);

        assertThat(cell.text()).isEqualTo(shown);
        assertThat(cell.number()).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo(number));
        assertThat(cell.format()).isEqualTo(format);
    }

    @Test
    void aTextCellIsReadAsWrittenWithNoNumberAndNoFormat() throws Exception {
        // 001 l.603: the target typed as text with its percent sign
        Path file = workbook(wb -> wb.createSheet("IKU").createRow(2).createCell(1).setCellValue("100 %"));

        RecordingVisitor visitor = read(file);

        assertThat(visitor.only().rows()).containsExactly(
                new SheetRow(3, List.of(new Cell(1, "100 %", CellKind.TEXT, Optional.empty(), "")), false));
    }

    @Test
    void aFormulaGivesItsCachedValueWithTheCellsFormat() throws Exception {
        // 001 l.607: realisasi Rp 3.182.258.349 of pagu Rp 3.489.328.596, computed in the sheet; the report
        // cuts it to 91,19 %
        Path file = workbook(wb -> {
            Row row = wb.createSheet("Realisasi").createRow(0);
            row.createCell(0).setCellValue(3489328596d);
            row.createCell(1).setCellValue(3182258349d);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            org.apache.poi.ss.usermodel.Cell capaian = row.createCell(2);
            capaian.setCellFormula("B1/A1");
            capaian.setCellStyle(percent);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        Cell cell = read(file).only().rows().get(0).cells().get(2);

        assertThat(cell.text()).isEqualTo("91,20%");
        assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(cell.number()).hasValueSatisfying(
                n -> assertThat(n.doubleValue()).isCloseTo(3182258349d / 3489328596d, offset(1e-15)));
        assertThat(cell.format()).isEqualTo("0.00%");
    }

    @Test
    void formulasGivingTextAnErrorAndABooleanGiveCellsOfThoseKinds() throws Exception {
        Path file = workbook(wb -> {
            Row row = wb.createSheet("IKU").createRow(0);
            row.createCell(0).setCellValue(0);
            row.createCell(1).setCellFormula("\"Sangat \"&\"Baik\"");
            // target 0: capaian = realisasi / target cannot be computed (domain.md)
            row.createCell(2).setCellFormula("5/A1");
            row.createCell(3).setCellFormula("A1=0");
            row.createCell(4).setCellValue(false);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "0", CellKind.NUMBER, Optional.of(new BigDecimal("0.0")), "General"),
                Cell.text(1, "Sangat Baik"),
                new Cell(2, "#DIV/0!", CellKind.ERROR, Optional.empty(), ""),
                new Cell(3, "TRUE", CellKind.BOOLEAN, Optional.empty(), ""),
                new Cell(4, "FALSE", CellKind.BOOLEAN, Optional.empty(), ""));
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
    }

    @Test
    void mergedRangesGiveTheirFirstCellToEveryCellTheyCoverAsMarkedCopies() throws Exception {
        // a sasaran merged down over its two indicators (001 l.600-603) under "2023" merged across three columns
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("Pengukuran");
            Row years = sheet.createRow(0);
            years.createCell(0).setCellValue("Sasaran");
            years.createCell(2).setCellValue("2023");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Meningkatnya Kinerja Aparatur");
            first.createCell(1).setCellValue("Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi");
            first.createCell(2).setCellValue("100 %");
            Row second = sheet.createRow(2);
            second.createCell(1).setCellValue("Nilai SAKIP");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 4));
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=Sasaran | 2=2023 | 3=2023 | 4=2023",
                "2: 0=Meningkatnya Kinerja Aparatur | 1=Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi"
                        + " | 2=100 %",
                "3: 0=Meningkatnya Kinerja Aparatur | 1=Nilai SAKIP");
        assertThat(rows.get(0).cells()).extracting(Cell::mergedCopy).containsExactly(false, false, true, true);
        assertThat(rows.get(1).cells()).extracting(Cell::mergedCopy).containsExactly(false, false, false);
        assertThat(rows.get(2).cells()).extracting(Cell::mergedCopy).containsExactly(true, false);
    }

    @Test
    void sheetsComeInWorkbookOrderWithHiddenAndVeryHiddenOnesFlagged() throws Exception {
        Path file = workbook(wb -> {
            wb.createSheet("IKU 2023").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.createSheet("IKU 2022").createRow(0).createCell(0).setCellValue("Nilai LPPD");
            wb.createSheet("Rumus").createRow(0).createCell(0).setCellValue("x");
            wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
        });

        RecordingVisitor visitor = read(file);

        assertThat(visitor.sheets()).extracting(RecordingVisitor.SheetSeen::name, RecordingVisitor.SheetSeen::hidden,
                RecordingVisitor.SheetSeen::ended).containsExactly(
                        tuple("IKU 2023", false, true),
                        tuple("IKU 2022", true, true),
                        tuple("Rumus", true, true));
    }

    @Test
    void aRowOfZeroHeightIsFlaggedHidden() throws Exception {
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("IKU");
            sheet.createRow(0).createCell(0).setCellValue("Nilai LPPD");
            Row hidden = sheet.createRow(1);
            hidden.createCell(0).setCellValue("Indeks Reformasi Hukum");
            hidden.setZeroHeight(true);
            sheet.createRow(2).createCell(0).setCellValue("Nilai SAKIP");
        });

        assertThat(read(file).only().rows()).extracting(SheetRow::number, SheetRow::hidden).containsExactly(
                tuple(1, false),
                tuple(2, true),
                tuple(3, false));
    }

    @Test
    void aRowTheFileHoldsIsHandedOnEvenWithNoContentAndARowItLacksIsNot() throws Exception {
        // Tabel 3.2 of 004 l.906-911: caption in row 1, header in row 4; row 2 holds only formatted empty cells
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("IKU");
            sheet.createRow(0).createCell(0).setCellValue("Tabel 3.2");
            Row formatted = sheet.createRow(1);
            formatted.createCell(0).setBlank();
            formatted.createCell(1).setCellValue("");
            Row header = sheet.createRow(3);
            header.createCell(0).setCellValue("NO");
            header.createCell(1).setCellValue("INDIKATOR KINERJA UTAMA");
        });

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly(
                "1: 0=Tabel 3.2",
                "2: ",
                "4: 0=NO | 1=INDIKATOR KINERJA UTAMA");
    }

    @Test
    void aWorkbookSavedWithAPasswordToOpenIsEncrypted() throws Exception {
        Path file = dir.resolve("dilindungi.xls");
        Biff8EncryptionKey.setCurrentUserPassword("rahasia");
        try {
            write(file, wb -> wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Nilai LPPD"));
        } finally {
            // the password is held per thread: left set, it would open every later workbook of this thread
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.ENCRYPTED);
                    assertThat(e.getMessage()).isEqualTo(
                            "ENCRYPTED: Default password is invalid for salt/verifier/verifierHash");
                });
    }

    @Test
    void anExcel95WorkbookIsNamedAsUnsupported() throws Exception {
        // Excel 5.0/95 keeps its sheets in a "Book" stream where Excel 97 has "Workbook"
        Path file = dir.resolve("lama.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Book");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.UNSUPPORTED_FORMAT);
                    assertThat(e.getMessage()).isEqualTo("UNSUPPORTED_FORMAT: Excel 5.0/95");
                });
    }

    @Test
    void aFileThatIsNoOle2ContainerIsCorrupt() throws Exception {
        Path file = dir.resolve("rusak.xls");
        Files.writeString(file, "bukan excel", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    // the header read is the file's first eight bytes, "bukan ex", little-endian
                    assertThat(e.getMessage()).isEqualTo("CORRUPT: NotOLE2FileException: Invalid header signature;"
                            + " read 0x7865206E616B7562, expected 0xE11AB1A1E011CFD0 - Your file appears not to be a"
                            + " valid OLE2 document");
                });
    }

    @Test
    void anOle2ContainerWithNoWorkbookIsCorrupt() throws Exception {
        Path file = dir.resolve("dokumen.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[64]), "Dokumen");
            fs.writeFilesystem(out);
        }

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    assertThat(e.getMessage()).isEqualTo("CORRUPT: IllegalArgumentException: The supplied"
                            + " POIFSFileSystem does not contain a BIFF8 'Workbook' entry. Is it really an excel file?"
                            + " Had: [Dokumen]");
                });
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchangedNotAsACorruptFile() throws Exception {
        Path file = workbook(wb -> wb.createSheet("IKU").createRow(0).createCell(0).setCellValue("Nilai LPPD"));
        IllegalArgumentException bug = new IllegalArgumentException("bug in a later stage");

        assertThatThrownBy(() -> new XlsReader().read(file, RecordingVisitor.failingOnRow(bug))).isSameAs(bug);
    }

    private Path workbook(Consumer<HSSFWorkbook> content) throws IOException {
        return PackageParts.workbook(dir, new HSSFWorkbook(), ".xls", content);
    }

    private static void write(Path file, Consumer<HSSFWorkbook> content) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
    }

    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new XlsReader().read(file, visitor);
        return visitor;
    }
}

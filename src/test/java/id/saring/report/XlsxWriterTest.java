package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.report.XlsxWriter.Format;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What saring's own workbook writer writes, as POI reads it back. */
class XlsxWriterTest {

    @TempDir
    Path temp;

    private static final Format HEADER = new Format(true, false, -1, IndexedColors.GREY_25_PERCENT.getIndex(), true,
            null, true, true, false);
    private static final Format QUOTED = new Format(false, false, -1, -1, false, null, false, true, true);
    private static final Format RUPIAH = new Format(false, false, -1, -1, false, "\"Rp \"#,##0", false, true, false);
    private static final Format PERCENT = new Format(false, false, -1, -1, false, "0.00%", false, true, false);
    private static final Format LINK = new Format(false, true, IndexedColors.BLUE.getIndex(), -1, false, null, false,
            false, false);

    @Test
    void cellsKeepTheirValuesAndFormats() throws IOException {
        byte[] written = write(book -> {
            int header = book.format(HEADER);
            int quoted = book.format(QUOTED);
            int rupiah = book.format(RUPIAH);
            int percent = book.format(PERCENT);
            assertThat(book.format(new Format(false, false, -1, -1, false, "0.00%", false, true, false)))
                    .isEqualTo(percent);
            XlsxWriter.Sheet sheet = book.sheet("Anggaran & <Realisasi>");
            sheet.row(0);
            sheet.text(0, "Uraian", header);
            sheet.text(2, "Pagu", header);
            sheet.row(3);
            sheet.text(0, " Belanja <Modal> & \"Jasa\"\nbaris kedua ", XlsxWriter.PLAIN);
            sheet.number(1, 3_489_328_596d, rupiah);
            sheet.number(2, 0.9405, percent);
            sheet.text(3, "=SUM(A1:A3)", quoted);
            sheet.number(4, Double.POSITIVE_INFINITY, XlsxWriter.PLAIN);
            sheet.number(5, -12.5, XlsxWriter.PLAIN);
        });

        try (XSSFWorkbook book = read(written)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Anggaran & <Realisasi>");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1)).isNull();
            CellStyle header = sheet.getRow(0).getCell(2).getCellStyle();
            assertThat(book.getFontAt(header.getFontIndex()).getBold()).isTrue();
            assertThat(header.getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(header.getFillForegroundColor()).isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
            assertThat(header.getBorderBottom()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
            assertThat(header.getWrapText()).isTrue();
            assertThat(header.getVerticalAlignment()).isEqualTo(VerticalAlignment.TOP);
            XSSFCell text = sheet.getRow(3).getCell(0);
            assertThat(text.getStringCellValue()).isEqualTo(" Belanja <Modal> & \"Jasa\"\nbaris kedua ");
            assertThat(book.getFontAt(text.getCellStyle().getFontIndex()).getBold()).isFalse();
            XSSFCell amount = sheet.getRow(3).getCell(1);
            assertThat(amount.getNumericCellValue()).isEqualTo(3_489_328_596d);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"Rp \"#,##0");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(0.9405);
            assertThat(sheet.getRow(3).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            XSSFCell formulaLike = sheet.getRow(3).getCell(3);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Infinity");
            assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(-12.5);
        }
    }

    @Test
    void aLinkOpensAPlaceInAnotherFile() throws IOException {
        byte[] written = write(book -> {
            XlsxWriter.Sheet sheet = book.sheet("Temuan");
            sheet.row(1);
            sheet.link(9, "Buka 'IKU 2023'!G14", "annotated/dinas%20kesehatan/iku-2023.xlsx", "'IKU 2023'!G14",
                    book.format(LINK));
        });

        try (XSSFWorkbook book = read(written)) {
            XSSFCell cell = book.getSheetAt(0).getRow(1).getCell(9);
            XSSFHyperlink link = cell.getHyperlink();
            assertThat(link.getLocation()).isEqualTo("'IKU 2023'!G14");
            assertThat(link.getAddress()).isEqualTo("annotated/dinas%20kesehatan/iku-2023.xlsx#'IKU 2023'!G14");
            Font font = book.getFontAt(cell.getCellStyle().getFontIndex());
            assertThat(font.getUnderline()).isEqualTo(Font.U_SINGLE);
            assertThat(font.getColor()).isEqualTo(IndexedColors.BLUE.getIndex());
        }
    }

    @Test
    void aSheetHasItsFilterFrozenHeaderAndColumnWidths() throws IOException {
        byte[] written = write(book -> {
            book.sheet("Kosong");
            XlsxWriter.Sheet sheet = book.sheet("O'Brien");
            sheet.row(2);
            sheet.text(0, "No", XlsxWriter.PLAIN);
            sheet.row(3);
            sheet.number(0, 1, XlsxWriter.PLAIN);
            sheet.filter(2, 3, 0, 10);
            sheet.freeze(3);
            assertThat(sheet.width(1)).isEqualTo(8 * 256);
            sheet.width(1, 23 * 256 + 128);
            assertThat(sheet.width(1)).isEqualTo(23 * 256 + 128);
        });

        try (XSSFWorkbook book = read(written)) {
            XSSFSheet plain = book.getSheetAt(0);
            assertThat(plain.getPaneInformation()).isNull();
            assertThat(plain.getCTWorksheet().isSetAutoFilter()).isFalse();
            XSSFSheet sheet = book.getSheetAt(1);
            assertThat(sheet.getCTWorksheet().getDimension().getRef()).isEqualTo("A1:A4");
            assertThat(plain.getCTWorksheet().isSetDimension()).as("no cells, no range").isFalse();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:K4");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getColumnWidth(1)).isEqualTo(23 * 256 + 128);
            assertThat(sheet.getColumnWidth(0)).isEqualTo(8 * 256);
            List<? extends Name> names = book.getAllNames();
            assertThat(names).hasSize(1);
            assertThat(names.get(0).getNameName()).isEqualTo("_xlnm._FilterDatabase");
            assertThat(names.get(0).getSheetIndex()).isEqualTo(1);
            assertThat(names.get(0).getRefersToFormula()).isEqualTo("'O''Brien'!$A$3:$K$4");
        }
    }

    @Test
    void rowsOrCellsOutOfOrderAndASecondSheetOfOneNameAreRefused() throws IOException {
        try (XlsxWriter book = new XlsxWriter(new ByteArrayOutputStream())) {
            XlsxWriter.Sheet sheet = book.sheet("Capaian");
            assertThatThrownBy(() -> sheet.text(0, "before any row", XlsxWriter.PLAIN))
                    .isInstanceOf(IllegalArgumentException.class);
            sheet.row(4);
            sheet.text(2, "C5", XlsxWriter.PLAIN);
            assertThatThrownBy(() -> sheet.text(2, "C5 again", XlsxWriter.PLAIN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sheet.row(4)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sheet.row(XlsxWriter.LAST_ROW + 1)).isInstanceOf(IllegalArgumentException.class);
            // Excel compares sheet names without regard to case
            assertThat(book.hasSheet("CAPAIAN")).isTrue();
            assertThatThrownBy(() -> book.sheet("capaian")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("capaian");
        }
    }

    @Test
    void rowsPastTheMemoryLimitGoThroughATemporaryFileThatIsDeleted() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter book = new XlsxWriter(out, temp, 1024)) {
            XlsxWriter.Sheet sheet = book.sheet("Anggaran");
            for (int r = 0; r < 2000; r++) {
                sheet.row(r);
                sheet.text(0, "Sub Kegiatan " + r, XlsxWriter.PLAIN);
                sheet.number(1, r * 1000.5, XlsxWriter.PLAIN);
            }
            assertThat(files()).hasSize(1);
            book.sheet("Per OPD").row(0);
            assertThat(files()).isEmpty();
            book.finish();
        }

        try (XSSFWorkbook book = read(out.toByteArray())) {
            XSSFSheet sheet = book.getSheet("Anggaran");
            assertThat(sheet.getLastRowNum()).isEqualTo(1999);
            assertThat(sheet.getRow(1999).getCell(0).getStringCellValue()).isEqualTo("Sub Kegiatan 1999");
            assertThat(sheet.getRow(1999).getCell(1).getNumericCellValue()).isEqualTo(1999 * 1000.5);
        }
    }

    @Test
    void aWorkbookLeftUnfinishedLeavesNoTemporaryFile() throws IOException {
        try (XlsxWriter book = new XlsxWriter(new ByteArrayOutputStream(), temp, 16)) {
            XlsxWriter.Sheet sheet = book.sheet("Anggaran");
            // more than the 64 KiB the text encoder buffers
            for (int r = 0; r < 3000; r++) {
                sheet.row(r);
                sheet.text(0, "Sub Kegiatan " + r, XlsxWriter.PLAIN);
            }
            assertThat(files()).hasSize(1);
        }
        assertThat(files()).isEmpty();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }

    private interface Content {
        void fill(XlsxWriter book) throws IOException;
    }

    private static byte[] write(Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter book = new XlsxWriter(out)) {
            content.fill(book);
            book.finish();
        }
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] written) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(written));
    }
}

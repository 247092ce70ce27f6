package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.report.TableSheet.Column;
import id.saring.report.TableSheet.Kind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableSheetTest {

    @Test
    void aTableLongerThanItsSheetGoesOnInSheetsNamedAfterIt() throws Exception {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(written)) {
            WorkbookFormats formats = new WorkbookFormats(writer, new MessageCatalog(Language.ID));
            List<Column<Integer>> columns = List.of(new Column<>("Baris", Kind.WHOLE, i -> i),
                    new Column<>("Uraian", Kind.TEXT, i -> "Sub Kegiatan " + i));
            // a sheet of five rows: the header and four lines
            new TableSheet<>(writer.sheet("Anggaran (gabungan)"), formats, columns, 0, 4)
                    .rows(IntStream.rangeClosed(1, 10).boxed().toList()).finish();
            writer.finish();
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(written.toByteArray()))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetName(1)).isEqualTo("Anggaran (gabungan) (2)");
            assertThat(book.getSheetName(2)).isEqualTo("Anggaran (gabungan) (3)");
            int[] lastRows = {4, 4, 2};
            int[] firstLines = {1, 5, 9};
            for (int s = 0; s < 3; s++) {
                assertThat(book.getSheetAt(s).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Uraian");
                assertThat(book.getSheetAt(s).getLastRowNum()).isEqualTo(lastRows[s]);
                assertThat(book.getSheetAt(s).getRow(1).getCell(0).getNumericCellValue()).isEqualTo(firstLines[s]);
                assertThat(book.getSheetAt(s).getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
        }
    }
}

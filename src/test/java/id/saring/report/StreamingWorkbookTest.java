package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The faster row writer writes what POI's own writes, byte for byte. */
class StreamingWorkbookTest {

    @TempDir
    Path dir;

    /** Texts of the seeds and the characters POI escapes, replaces or leaves to the encoder. */
    private static final String[] TEXTS = {
        "Rp 3.489.328.596,-", "Capaian 91,19 %", "Belanja <Modal> & \"Jasa\"", "baris\nbaru\r\ttab",
        "no-break\u00A0space", "kontrol \u0001\u001F", "bukan karakter \uFFFE\uFFFF", "Kecamatan Semende Darat Tengah",
        "é ü ñ 中文 \u20AC", "emoji \uD83D\uDE00 di tengah", "surrogat sendiri \uD83D lalu teks", "ujung \uDE00",
        "berakhir dengan \uD83D", " spasi di tepi ", "",
        "Capaian ≥ 100 % — Sangat Baik, 中文 \u20AC and a lone low \uDE00 in a long text"};

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
    void aTextIsEscapedAndEncodedAsPoiDoes(int index) throws IOException {
        String text = TEXTS[index];
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(poi, StandardCharsets.UTF_8)) {
            new PoiRows(out).escape(text);
        }
        ByteArrayOutputStream ours = new ByteArrayOutputStream();
        try (Writer out = new Utf8Writer(ours)) {
            new StreamingWorkbook.SheetData(out).outputEscapedString(text);
        }

        assertThat(ours.toString(StandardCharsets.UTF_8)).isEqualTo(poi.toString(StandardCharsets.UTF_8));
        assertThat(ours.toByteArray()).isEqualTo(poi.toByteArray());
    }

    @Test
    void aWorkbookOfEveryKindOfCellHasTheSheetXmlPoiWrites() throws IOException {
        byte[] poi;
        try (SXSSFWorkbook book = new SXSSFWorkbook(2)) {
            poi = sheetXml(fill(book));
        }
        byte[] ours;
        try (SXSSFWorkbook book = StreamingWorkbook.create(2)) {
            ours = sheetXml(fill(book));
        }

        assertThat(new String(ours, StandardCharsets.UTF_8)).contains("Rp 3.489.328.596,-")
                .contains("Belanja &lt;Modal&gt; &amp; &quot;Jasa&quot;").contains("<v>0.9119</v>");
        assertThat(ours).isEqualTo(poi);
    }

    /** Ten rows, with a window of two: eight go through the writer on disk. */
    private static SXSSFWorkbook fill(SXSSFWorkbook book) {
        Sheet sheet = book.createSheet("Anggaran");
        for (int r = 0; r < 10; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(TEXTS[r]);
            row.createCell(1).setCellValue(r == 0 ? 0.9119 : 3_489_328_596.0 / (r + 1));
            row.createCell(2).setCellValue(r % 2 == 0);
            row.createCell(3).setCellFormula("B" + (r + 1) + "*100");
        }
        return book;
    }

    private byte[] sheetXml(SXSSFWorkbook book) throws IOException {
        Path file = Files.createTempFile(dir, "sheet", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        // the central directory: SXSSF writes zip64 fields that a ZipInputStream misreads
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(
                zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return in.readAllBytes();
        }
    }

    /** POI's own writer, its escaping opened to the test. */
    private static final class PoiRows extends SheetDataWriter {
        PoiRows(Writer out) throws IOException {
            super(out);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
        }
    }
}

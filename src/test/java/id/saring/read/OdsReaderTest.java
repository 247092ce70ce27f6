package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * OpenDocument spreadsheets as LibreOffice saves them in government offices: the fixtures are the
 * {@code content.xml} LibreOffice writes, cell for cell.
 */
class OdsReaderTest {

    @TempDir
    Path dir;

    @Test
    void textAndNumbersAreReadAsLibreOfficeShowsThem() throws Exception {
        // 001 l.31: pagu 3.489.328.596; the text beside a value is what the sheet shows
        Path file = libreOfficeFile("""
                <table:table table:name="Realisasi">
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Belanja Operasi</text:p></table:table-cell>
                    <table:table-cell office:value-type="float" office:value="3489328596"><text:p>3.489.328.596</text:p></table:table-cell>
                    <table:table-cell office:value-type="float" office:value="1234.56"><text:p>1.234,56</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>91,19 %</text:p></table:table-cell>
                    <table:table-cell office:value-type="float" office:value="79.35"/>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                Cell.text(0, "Belanja Operasi"),
                new Cell(1, "3.489.328.596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")), "0"),
                new Cell(2, "1.234,56", CellKind.NUMBER, Optional.of(new BigDecimal("1234.56")), "0.00"),
                Cell.text(3, "91,19 %"),
                // no text written beside the value: shown as Indonesian Excel shows it
                new Cell(4, "79,35", CellKind.NUMBER, Optional.of(new BigDecimal("79.35")), "0.00"));
    }

    @Test
    void aPercentageCellKeepsTheDecimalsItShows() throws Exception {
        // 001 l.41 and l.603: capaian 91,19 % and 79 %; 000 l.1966: 106,69; 94,00 % keeps its two decimals
        Path file = libreOfficeFile("""
                <table:table table:name="Capaian">
                  <table:table-row>
                    <table:table-cell office:value-type="percentage" office:value="0.9119"><text:p>91,19%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="0.79"><text:p>79%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="1.0669"><text:p>106,69%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="1"><text:p>100%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="0.94"><text:p>94,00%</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "91,19%", CellKind.NUMBER, Optional.of(new BigDecimal("0.9119")), "0.00%"),
                new Cell(1, "79%", CellKind.NUMBER, Optional.of(new BigDecimal("0.79")), "0%"),
                new Cell(2, "106,69%", CellKind.NUMBER, Optional.of(new BigDecimal("1.0669")), "0.00%"),
                new Cell(3, "100%", CellKind.NUMBER, Optional.of(new BigDecimal("1")), "0%"),
                new Cell(4, "94,00%", CellKind.NUMBER, Optional.of(new BigDecimal("0.94")), "0.00%"));
    }

    @Test
    void aRupiahCellIsMoney() throws Exception {
        Path file = libreOfficeFile("""
                <table:table table:name="Realisasi">
                  <table:table-row>
                    <table:table-cell office:value-type="currency" office:currency="IDR" office:value="3489328596"><text:p>Rp3.489.328.596</text:p></table:table-cell>
                    <table:table-cell office:value-type="currency" office:currency="IDR" office:value="1234.56"><text:p>Rp1.234,56</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "Rp3.489.328.596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")), "Rp #,##0"),
                new Cell(1, "Rp1.234,56", CellKind.NUMBER, Optional.of(new BigDecimal("1234.56")), "Rp #,##0.00"));
    }

    @ParameterizedTest(name = "{0} of {1}: {2} decimals")
    @CsvSource(delimiter = '|', textBlock = """
            3.489.328.596      | 3489328596 | 0
            1.234,56           | 1234.56    | 2
            79,35              | 79.35      | 2
            -1.234,5           | -1234.5    | 1
            Rp 3.489.328.596,- | 3489328596 | 0
            1.235              | 1234.56    | 0
            12,0               | 12         | 1
            """)
    void theDecimalsShownAreThoseTheShownDigitsGiveTheValue(String shown, BigDecimal amount, int decimals) {
        assertThat(OdsReader.decimalsShown(shown, amount)).isEqualTo(decimals);
    }

    @Test
    void booleansDatesAndFormulaErrorsKeepTheirKind() throws Exception {
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row>
                    <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>BENAR</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2023-12-31"><text:p>31/12/23</text:p></table:table-cell>
                    <table:table-cell office:value-type="date" office:date-value="2024-01-15"/>
                    <table:table-cell table:formula="of:=[.B1]/[.C1]" office:value-type="float" office:value="0"
                        calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "TRUE", CellKind.BOOLEAN, Optional.empty(), ""),
                new Cell(1, "31/12/23", CellKind.DATE, Optional.empty(), ""),
                new Cell(2, "2024-01-15", CellKind.DATE, Optional.empty(), ""),
                new Cell(3, "#DIV/0!", CellKind.ERROR, Optional.empty(), ""));
    }

    @Test
    void aCellsTextIsItsParagraphsWithoutItsComment() throws Exception {
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row>
                    <table:table-cell office:value-type="string">
                      <office:annotation><text:p>cek lagi angka ini</text:p></office:annotation>
                      <text:p>Persentase Desa<text:s text:c="2"/>yang tertib</text:p><text:p>Administrasi</text:p>
                    </table:table-cell>
                    <table:table-cell office:value-type="string"><text:p><text:span>Rp. 489.325.600,-</text:span></text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                Cell.text(0, "Persentase Desa  yang tertib\nAdministrasi"),
                Cell.text(1, "Rp. 489.325.600,-"));
    }

    @Test
    void mergedRangesGiveTheirFirstCellToTheCellsTheyCoverAsMarkedCopies() throws Exception {
        // 001 l.613-617: a kegiatan and its pagu merged down over its three sub-kegiatan, 2023 over three columns
        Path file = libreOfficeFile("""
                <table:table table:name="Anggaran">
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Kegiatan</text:p></table:table-cell>
                    <table:table-cell/>
                    <table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="1"
                        office:value-type="float" office:value="2023"><text:p>2023</text:p></table:table-cell>
                    <table:covered-table-cell table:number-columns-repeated="2"/>
                  </table:table-row>
                  <table:table-row>
                    <table:table-cell table:number-rows-spanned="3" office:value-type="string">
                      <text:p>Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD</text:p></table:table-cell>
                    <table:table-cell table:number-rows-spanned="3" office:value-type="float" office:value="9723000">
                      <text:p>9.723.000</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:covered-table-cell/>
                    <table:table-cell office:value-type="string"><text:p>Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD</text:p></table:table-cell>
                    <table:covered-table-cell/>
                  </table:table-row>
                  <table:table-row>
                    <table:covered-table-cell/>
                    <table:table-cell office:value-type="string"><text:p>Sub Kegiatan Evaluasi Kinerja Perangkat Daerah</text:p></table:table-cell>
                    <table:covered-table-cell/>
                  </table:table-row>
                </table:table>
                """);

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=Kegiatan | 2=2023 | 3=2023 | 4=2023",
                "2: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD | 2=9.723.000",
                "3: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD | 2=9.723.000",
                "4: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Evaluasi Kinerja Perangkat Daerah | 2=9.723.000");
        assertThat(rows).extracting(r -> r.cells().stream().map(Cell::mergedCopy).toList()).containsExactly(
                List.of(false, false, true, true),
                List.of(false, false, false),
                List.of(true, false, true),
                List.of(true, false, true));
    }

    @Test
    void cellsAfterAMergedRangeAndTheRowBelowItStayEmpty() throws Exception {
        // SODS 1.8 gives these empty cells the merged value: values that would be counted as typed
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row>
                    <table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Sasaran</text:p></table:table-cell>
                    <table:covered-table-cell/>
                    <table:table-cell table:number-columns-repeated="3"/>
                  </table:table-row>
                  <table:table-row><table:table-cell table:number-columns-repeated="5"/></table:table-row>
                  <table:table-row>
                    <table:table-cell/>
                    <table:table-cell office:value-type="string"><text:p>Target</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly(
                "1: 0=Sasaran | 1=Sasaran",
                "3: 1=Target");
    }

    @Test
    void aCellRepeatedAcrossColumnsIsTypedInEachAndARepeatedRowIsEachRow() throws Exception {
        // LibreOffice writes equal neighbours once: "-" in three realisasi columns, two equal rows
        Path file = libreOfficeFile("""
                <table:table table:name="Anggaran">
                  <table:table-row table:number-rows-repeated="2">
                    <table:table-cell office:value-type="string"><text:p>Program Pembinaan</text:p></table:table-cell>
                    <table:table-cell table:number-columns-repeated="3" office:value-type="string"><text:p>-</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Jumlah</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=Program Pembinaan | 1=- | 2=- | 3=-",
                "2: 0=Program Pembinaan | 1=- | 2=- | 3=-",
                "1048573: 0=Jumlah");
        assertThat(rows.get(0).cells()).noneMatch(Cell::mergedCopy);
    }

    @Test
    void rowsInHeaderRowsAndRowGroupsAreRowsOfTheSheet() throws Exception {
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-column table:number-columns-repeated="2"/>
                  <table:table-header-rows>
                    <table:table-row><table:table-cell office:value-type="string"><text:p>Indikator</text:p></table:table-cell></table:table-row>
                  </table:table-header-rows>
                  <table:table-row-group>
                    <table:table-row><table:table-cell office:value-type="string"><text:p>Nilai SAKIP</text:p></table:table-cell></table:table-row>
                  </table:table-row-group>
                  <table:named-expressions/>
                </table:table>
                """);

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly("1: 0=Indikator",
                "2: 0=Nilai SAKIP");
    }

    @Test
    void sheetsComeInOrderWithAHiddenOneAndHiddenRowsFlagged() throws Exception {
        // 004 l.922: the quarterly IKU sheet kept hidden; a row hidden and a row filtered out
        Path file = libreOfficeFile("""
                <office:automatic-styles>
                  <style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
                  <style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
                </office:automatic-styles>
                """, """
                <table:table table:name="IKU 2023" table:style-name="ta1">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Nilai LPPD</text:p></table:table-cell></table:table-row>
                  <table:table-row table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>Indeks Reformasi Hukum</text:p></table:table-cell></table:table-row>
                  <table:table-row table:visibility="filter"><table:table-cell office:value-type="string"><text:p>Indeks Inflasi</text:p></table:table-cell></table:table-row>
                </table:table>
                <table:table table:name="Triwulan" table:style-name="ta2">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Nilai LPPD</text:p></table:table-cell></table:table-row>
                </table:table>
                <table:table table:name="Kosong" table:style-name="ta1">
                  <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="3"/></table:table-row>
                </table:table>
                """);

        RecordingVisitor visitor = read(file);

        assertThat(visitor.sheets()).extracting(RecordingVisitor.SheetSeen::name, RecordingVisitor.SheetSeen::hidden,
                s -> RecordingVisitor.texts(s.rows()), RecordingVisitor.SheetSeen::ended).containsExactly(
                        tuple("IKU 2023", false, List.of("1: 0=Nilai LPPD", "2: 0=Indeks Reformasi Hukum",
                                "3: 0=Indeks Inflasi"), true),
                        tuple("Triwulan", true, List.of("1: 0=Nilai LPPD"), true),
                        tuple("Kosong", false, List.of(), true));
        assertThat(visitor.sheets().get(0).rows()).extracting(SheetRow::hidden).containsExactly(false, true, true);
    }

    @Test
    void anOdsWrittenBySodsIsRead() throws Exception {
        Path file = Files.createTempFile(dir, "sods", ".ods");
        SpreadSheet spreadsheet = new SpreadSheet();
        Sheet sheet = new Sheet("IKU", 2, 2);
        sheet.getRange(0, 0).setValue("Indikator Kinerja");
        sheet.getRange(0, 1).setValue("Target");
        sheet.getRange(1, 0).setValue("Nilai LPPD");
        sheet.getRange(1, 1).setValue(3.22);
        spreadsheet.appendSheet(sheet);
        spreadsheet.save(file.toFile());

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly("1: 0=Indikator Kinerja | 1=Target",
                "2: 0=Nilai LPPD | 1=" + rows.get(1).cell(1).orElseThrow().text());
        assertThat(rows.get(1).cell(1).orElseThrow().number()).contains(new BigDecimal("3.22"));
    }

    @Test
    void aFileThatIsNoZipOrATruncatedOneIsCorrupt() throws Exception {
        Path notZip = dir.resolve("rusak.ods");
        Files.writeString(notZip, "bukan ods", StandardCharsets.US_ASCII);
        Path whole = libreOfficeFile("<table:table table:name=\"IKU\">"
                + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Nilai LPPD</text:p>"
                + "</table:table-cell></table:table-row></table:table>");
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = dir.resolve("terpotong.ods");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        for (Path file : List.of(notZip, truncated)) {
            assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                assertThat(e.getMessage()).isEqualTo("CORRUPT: ZipException: zip END header not found");
            });
        }
    }

    @Test
    void brokenContentIsCorruptAndSaysWhere() throws Exception {
        Path file = libreOfficeFile("<table:table table:name=\"IKU\"><table:table-row></table:table>");

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
            assertThat(e.detail()).startsWith("content.xml: ");
        });
    }

    @Test
    void aPasswordProtectedDocumentIsEncrypted() throws Exception {
        Path file = Files.createTempFile(dir, "sandi", ".ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            PackageParts.odsMimetype(zip);
            PackageParts.put(zip, "META-INF/manifest.xml", """
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">
                        <manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">
                          <manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="y"/>
                        </manifest:encryption-data>
                      </manifest:file-entry>
                    </manifest:manifest>
                    """);
            PackageParts.put(zip, "content.xml", "\u0001\u0002 not xml");
        }

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.ENCRYPTED));
    }

    @Test
    void aPackageWithoutContentIsCorrupt() throws Exception {
        Path file = Files.createTempFile(dir, "kosong", ".ods");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            PackageParts.odsMimetype(zip);
        }

        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.getMessage()).isEqualTo("CORRUPT: the package has no content.xml"));
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchangedNotAsACorruptFile() throws Exception {
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row><table:table-cell office:value-type="string"><text:p>Nilai LPPD</text:p></table:table-cell></table:table-row>
                </table:table>
                """);
        IllegalArgumentException bug = new IllegalArgumentException("bug in a later stage");

        assertThatThrownBy(() -> new OdsReader().read(file, RecordingVisitor.failingOnRow(bug))).isSameAs(bug);
    }

    private Path libreOfficeFile(String tables) throws IOException {
        return libreOfficeFile("<office:automatic-styles/>", tables);
    }

    /** An .ods package as LibreOffice writes it, with {@code styles} and {@code tables} in its content part. */
    private Path libreOfficeFile(String styles, String tables) throws IOException {
        Path file = Files.createTempFile(dir, "libreoffice", ".ods");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
                    xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
                    office:version="1.3">
                """ + styles + """
                  <office:body><office:spreadsheet>
                """ + tables + """
                  </office:spreadsheet></office:body>
                </office:document-content>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            PackageParts.odsMimetype(zip);
            PackageParts.put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                        manifest:version="1.3">
                      <manifest:file-entry manifest:full-path="/"
                          manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                      <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            PackageParts.put(zip, "content.xml", content);
        }
        return file;
    }



    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new OdsReader().read(file, visitor);
        return visitor;
    }
}

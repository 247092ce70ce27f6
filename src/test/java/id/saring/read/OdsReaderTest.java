package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenDocument spreadsheets, as LibreOffice saves them in government offices. Most fixtures are written with
 * SODS; where SODS writes differently from LibreOffice (it rounds percentages to one decimal, writes a range
 * merged across columns as a repeated cell, and a value set in the last of a sheet's untouched rows lands in
 * all of them), the content is written as LibreOffice writes it.
 */
class OdsReaderTest {

    @TempDir
    Path dir;

    @Test
    void textIsReadAsWrittenAndNumbersWithNoFormatAreShownPlain() throws Exception {
        // SODS does not give a float cell's number format: 3.489.328.596 in LibreOffice reads as 3489328596
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("Realisasi", 2, 4);
            sheet.getRange(0, 0).setValue("Belanja Operasi");
            sheet.getRange(0, 1).setValue(3489328596d);
            sheet.getRange(0, 2).setValue(1234.56);
            sheet.getRange(0, 3).setValue("91,19 %");
            sheet.getRange(1, 0).setValue("Belanja Modal");
            sheet.getRange(1, 1).setValue("Rp. 489.325.600,-");
            ss.appendSheet(sheet);
        });

        List<SheetRow> rows = read(file).only().rows();

        assertThat(rows.get(0).cells()).containsExactly(
                Cell.text(0, "Belanja Operasi"),
                new Cell(1, "3489328596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")), "General"),
                new Cell(2, "1234,56", CellKind.NUMBER, Optional.of(new BigDecimal("1234.56")), "General"),
                Cell.text(3, "91,19 %"));
        assertThat(rows.get(1).cells()).containsExactly(
                Cell.text(0, "Belanja Modal"),
                Cell.text(1, "Rp. 489.325.600,-"));
    }

    @Test
    void aPercentageCellIsShownWithTheDecimalsItsValueHas() throws Exception {
        // 001 l.41 and l.603: capaian 91,19 % and 79 %; 000 l.1966: 106,69
        Path file = libreOfficeFile("""
                <table:table table:name="Capaian">
                  <table:table-row>
                    <table:table-cell office:value-type="percentage" office:value="0.9119"><text:p>91,19%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="0.79"><text:p>79%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="1.0669"><text:p>106,69%</text:p></table:table-cell>
                    <table:table-cell office:value-type="percentage" office:value="1"><text:p>100%</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "91,19%", CellKind.NUMBER, Optional.of(new BigDecimal("0.9119")), "0.00%"),
                new Cell(1, "79%", CellKind.NUMBER, Optional.of(new BigDecimal("0.79")), "0%"),
                new Cell(2, "106,69%", CellKind.NUMBER, Optional.of(new BigDecimal("1.0669")), "0.00%"),
                new Cell(3, "100%", CellKind.NUMBER, Optional.of(new BigDecimal("1.0")), "0%"));
    }

    @Test
    void aCurrencyCellIsShownAsRupiah() throws Exception {
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("Realisasi", 1, 2);
            // 001 l.31: pagu Rp 3.489.328.596,-; an amount with sen keeps them
            sheet.getRange(0, 0).setValue(new OfficeCurrency(Currency.getInstance("IDR"), 3489328596d));
            sheet.getRange(0, 1).setValue(new OfficeCurrency(Currency.getInstance("IDR"), 1234.56));
            ss.appendSheet(sheet);
        });

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "Rp 3.489.328.596", CellKind.NUMBER, Optional.of(new BigDecimal("3489328596")),
                        "\"Rp\" #,##0.##"),
                new Cell(1, "Rp 1.234,56", CellKind.NUMBER, Optional.of(new BigDecimal("1234.56")),
                        "\"Rp\" #,##0.##"));
    }

    @Test
    void booleansAreShownInCapitalsAndDatesAsIsoDatesWithNoNumber() throws Exception {
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("IKU", 1, 2);
            sheet.getRange(0, 0).setValue(true);
            sheet.getRange(0, 1).setValue(LocalDate.of(2023, 12, 31));
            ss.appendSheet(sheet);
        });

        assertThat(read(file).only().rows().get(0).cells()).containsExactly(
                new Cell(0, "TRUE", CellKind.BOOLEAN, Optional.empty(), ""),
                new Cell(1, "2023-12-31", CellKind.DATE, Optional.empty(), ""));
    }

    @Test
    void mergedRangesGiveTheirFirstCellToTheCellsTheyCoverAsMarkedCopies() throws Exception {
        // SODS hands the range's value to every covered cell as if typed there; a pagu merged over its
        // sub-kegiatan would be counted once per row (001 l.613-617)
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("Anggaran", 4, 5);
            sheet.getRange(0, 0).setValue("Kegiatan");
            sheet.getRange(0, 2).setValue("2023");
            sheet.getRange(0, 2, 1, 3).merge();
            sheet.getRange(1, 0).setValue("Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah");
            sheet.getRange(1, 0, 3, 1).merge();
            sheet.getRange(1, 1).setValue("Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD");
            sheet.getRange(1, 2).setValue(9723000d);
            sheet.getRange(1, 2, 3, 1).merge();
            sheet.getRange(2, 1).setValue("Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD");
            sheet.getRange(3, 1).setValue("Sub Kegiatan Evaluasi Kinerja Perangkat Daerah");
            ss.appendSheet(sheet);
        });

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=Kegiatan | 2=2023 | 3=2023 | 4=2023",
                "2: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Koordinasi dan Penyusunan Dokumen RKA-SKPD | 2=9723000",
                "3: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Koordinasi dan Penyusunan DPA-SKPD | 2=9723000",
                "4: 0=Kegiatan Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah"
                        + " | 1=Sub Kegiatan Evaluasi Kinerja Perangkat Daerah | 2=9723000");
        assertThat(rows).extracting(r -> r.cells().stream().map(Cell::mergedCopy).toList()).containsExactly(
                List.of(false, false, true, true),
                List.of(false, false, false),
                List.of(true, false, true),
                List.of(true, false, true));
    }

    @Test
    void aRangeMergedAcrossColumnsAsLibreOfficeWritesItGivesMarkedCopies() throws Exception {
        // LibreOffice writes the first cell with its span, then a covered cell for each column it covers
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Indikator Kinerja</text:p></table:table-cell>
                    <table:table-cell table:number-columns-spanned="3" table:number-rows-spanned="1"
                        office:value-type="float" office:value="2023"><text:p>2023</text:p></table:table-cell>
                    <table:covered-table-cell table:number-columns-repeated="2"/>
                  </table:table-row>
                  <table:table-row>
                    <table:table-cell office:value-type="string"><text:p>Nilai SAKIP</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Target</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Realisasi</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Capaian</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        List<SheetRow> rows = read(file).only().rows();

        assertThat(rows.get(0).cells()).containsExactly(
                Cell.text(0, "Indikator Kinerja"),
                new Cell(1, "2023", CellKind.NUMBER, Optional.of(new BigDecimal("2023.0")), "General"),
                new Cell(2, "2023", CellKind.NUMBER, Optional.of(new BigDecimal("2023.0")), "General", true),
                new Cell(3, "2023", CellKind.NUMBER, Optional.of(new BigDecimal("2023.0")), "General", true));
        assertThat(RecordingVisitor.texts(rows.subList(1, 2)))
                .containsExactly("2: 0=Nilai SAKIP | 1=Target | 2=Realisasi | 3=Capaian");
    }

    @Test
    void sheetsComeInOrderWithAHiddenOneFlaggedAndAnEmptyOneWithNoRows() throws Exception {
        Path file = ods(ss -> {
            Sheet iku = new Sheet("IKU 2023", 1, 1);
            iku.getRange(0, 0).setValue("Nilai LPPD");
            ss.appendSheet(iku);
            Sheet old = new Sheet("IKU 2022", 1, 1);
            old.getRange(0, 0).setValue("Nilai LPPD");
            old.hideSheet();
            ss.appendSheet(old);
            ss.appendSheet(new Sheet("Kosong", 3, 3));
        });

        RecordingVisitor visitor = read(file);

        assertThat(visitor.sheets()).extracting(RecordingVisitor.SheetSeen::name, RecordingVisitor.SheetSeen::hidden,
                s -> RecordingVisitor.texts(s.rows()), RecordingVisitor.SheetSeen::ended).containsExactly(
                        tuple("IKU 2023", false, List.of("1: 0=Nilai LPPD"), true),
                        tuple("IKU 2022", true, List.of("1: 0=Nilai LPPD"), true),
                        tuple("Kosong", false, List.of(), true));
    }

    @Test
    void emptyRowsAreLeftOutAndHiddenRowsFlagged() throws Exception {
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("IKU", 5, 2);
            sheet.getRange(0, 0).setValue("Tabel 3.2");
            sheet.getRange(2, 1).setValue("Indeks Reformasi Hukum");
            sheet.hideRow(2);
            sheet.getRange(3, 1).setValue("Nilai LPPD");
            ss.appendSheet(sheet);
        });

        assertThat(read(file).only().rows()).extracting(SheetRow::number, SheetRow::hidden,
                r -> RecordingVisitor.texts(List.of(r)).get(0)).containsExactly(
                        tuple(1, false, "1: 0=Tabel 3.2"),
                        tuple(3, true, "3: 1=Indeks Reformasi Hukum"),
                        tuple(4, false, "4: 1=Nilai LPPD"));
    }

    @Test
    void inASheetWithMergedRangesEveryRowIsHandedOnEvenAnEmptyOne() throws Exception {
        // rows covered only by a range must reach the spreading; the others come along
        Path file = libreOfficeFile("""
                <table:table table:name="IKU">
                  <table:table-row>
                    <table:table-cell table:number-rows-spanned="2" office:value-type="string">
                      <text:p>Meningkatnya Kinerja Aparatur</text:p></table:table-cell>
                    <table:table-cell office:value-type="string"><text:p>Nilai SAKIP</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row>
                    <table:covered-table-cell/>
                    <table:table-cell office:value-type="string"><text:p>Nilai LPPD</text:p></table:table-cell>
                  </table:table-row>
                  <table:table-row><table:table-cell table:number-columns-repeated="2"/></table:table-row>
                  <table:table-row>
                    <table:table-cell/>
                    <table:table-cell office:value-type="string"><text:p>Jumlah</text:p></table:table-cell>
                  </table:table-row>
                </table:table>
                """);

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly(
                "1: 0=Meningkatnya Kinerja Aparatur | 1=Nilai SAKIP",
                "2: 0=Meningkatnya Kinerja Aparatur | 1=Nilai LPPD",
                "3: ",
                "4: 1=Jumlah");
    }

    @Test
    void aFileThatIsNoZipIsCorrupt() throws Exception {
        Path file = dir.resolve("rusak.ods");
        Files.writeString(file, "bukan ods", StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> read(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    assertThat(e.getMessage()).isEqualTo("CORRUPT: ZipException: zip END header not found");
                });
    }

    @Test
    void aTruncatedFileIsCorrupt() throws Exception {
        Path whole = ods(ss -> {
            Sheet sheet = new Sheet("IKU", 200, 1);
            for (int r = 0; r < 200; r++) {
                sheet.getRange(r, 0).setValue("Indikator " + r);
            }
            ss.appendSheet(sheet);
        });
        byte[] bytes = Files.readAllBytes(whole);
        // an interrupted download: the zip's central directory at the end is missing
        Path truncated = dir.resolve("terpotong.ods");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> read(truncated))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.CORRUPT);
                    assertThat(e.getMessage()).isEqualTo("CORRUPT: ZipException: zip END header not found");
                });
    }

    @Test
    void aFailureOfTheVisitorComesOutUnchangedNotAsACorruptFile() throws Exception {
        Path file = ods(ss -> {
            Sheet sheet = new Sheet("IKU", 1, 1);
            sheet.getRange(0, 0).setValue("Nilai LPPD");
            ss.appendSheet(sheet);
        });
        IllegalArgumentException bug = new IllegalArgumentException("bug in a later stage");

        assertThatThrownBy(() -> new OdsReader().read(file, RecordingVisitor.failingOnRow(bug))).isSameAs(bug);
    }

    private Path ods(Consumer<SpreadSheet> content) throws IOException {
        Path file = Files.createTempFile(dir, "fixture", ".ods");
        SpreadSheet spreadsheet = new SpreadSheet();
        content.accept(spreadsheet);
        spreadsheet.save(file.toFile());
        return file;
    }

    /**
     * An .ods package with {@code tables} as its spreadsheet body: the parts LibreOffice writes that SODS reads.
     * SODS finds no sheet in a content part without {@code office:automatic-styles}, which LibreOffice always writes.
     */
    private Path libreOfficeFile(String tables) throws IOException {
        Path file = Files.createTempFile(dir, "libreoffice", ".ods");
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:automatic-styles/>
                  <office:body><office:spreadsheet>
                """ + tables + """
                  </office:spreadsheet></office:body>
                </office:document-content>
                """;
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
                    manifest:version="1.3">
                  <manifest:file-entry manifest:full-path="/"
                      manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            // the mimetype comes first and uncompressed, as the OpenDocument package format requires
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", manifest);
            put(zip, "content.xml", content);
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new OdsReader().read(file, visitor);
        return visitor;
    }
}

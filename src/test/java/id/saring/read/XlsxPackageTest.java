package id.saring.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.saring.read.MergedRegions.Region;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-pass over an xlsx package that finds its merged ranges and whether it has a styles part, and what
 * {@link XlsxReader} makes of both. Workbooks are written with POI, minimal packages (as some web systems
 * write them) by hand.
 */
class XlsxPackageTest {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A sheet of one cell, the year, merged over three columns (001 l.600), and the ranges it gives. */
    private static final String YEAR_MERGED = """
            <sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>2023</t></is></c></row></sheetData>
            <mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>
            """;
    private static final Map.Entry<String, List<Region>> YEAR_MERGED_RANGES =
            Map.entry("Realisasi", List.of(new Region(1, 1, 0, 2)));

    @TempDir
    Path dir;

    @Test
    void theMergedRangesOfEachSheetAreFoundByItsName() throws Exception {
        Path file = workbook(wb -> {
            Sheet iku = wb.createSheet("Capaian & Realisasi");
            iku.addMergedRegion(CellRangeAddress.valueOf("D4:F4"));
            iku.addMergedRegion(CellRangeAddress.valueOf("B6:B8"));
            wb.createSheet("Catatan");
            wb.createSheet("Anggaran").addMergedRegion(CellRangeAddress.valueOf("A1:K1"));
        });

        XlsxPackage pack = XlsxPackage.of(file);

        assertThat(pack.styles()).isTrue();
        assertThat(pack.merges()).containsOnly(
                Map.entry("Capaian & Realisasi", List.of(new Region(4, 4, 3, 5), new Region(6, 8, 1, 1))),
                Map.entry("Anggaran", List.of(new Region(1, 1, 0, 10))));
    }

    @Test
    void theReaderSpreadsMergedRangesAsMarkedCopies() throws Exception {
        // 001 l.600-603: the sasaran merged down beside its indicators, "2023" merged across three columns
        Path file = workbook(wb -> {
            Sheet sheet = wb.createSheet("Capaian & Realisasi");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Sasaran");
            header.createCell(1).setCellValue("Indikator Sasaran");
            header.createCell(2).setCellValue("2023");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("Meningkatnya Kinerja Aparatur");
            first.createCell(1).setCellValue("Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi");
            first.createCell(2).setCellValue("100 %");
            Row second = sheet.createRow(2);
            second.createCell(1).setCellValue("Nilai SAKIP");
            sheet.addMergedRegion(CellRangeAddress.valueOf("C1:E1"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A3"));
        });

        List<SheetRow> rows = read(file).only().rows();

        assertThat(RecordingVisitor.texts(rows)).containsExactly(
                "1: 0=Sasaran | 1=Indikator Sasaran | 2=2023 | 3=2023 | 4=2023",
                "2: 0=Meningkatnya Kinerja Aparatur | 1=Persentase Penyediaan Gaji dan Tunjangan ASN yang dipenuhi"
                        + " | 2=100 %",
                "3: 0=Meningkatnya Kinerja Aparatur | 1=Nilai SAKIP");
        assertThat(rows).extracting(r -> r.cells().stream().map(Cell::mergedCopy).toList()).containsExactly(
                List.of(false, false, false, true, true),
                List.of(false, false, false),
                List.of(true, false));
    }

    @Test
    void aPackageWithNoStylesPartIsReadWithGeneralNumbersAndItsMerges() throws Exception {
        Path file = minimalPackage("worksheets/sheet1.xml", """
                <sheetData>
                  <row r="1"><c r="A1" t="inlineStr"><is><t>Belanja Operasi</t></is></c><c r="B1"><v>2995981596</v></c></row>
                  <row r="2"><c r="B2"><v>91.19</v></c></row>
                </sheetData>
                <mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>
                """);

        XlsxPackage pack = XlsxPackage.of(file);
        List<SheetRow> rows = read(file).only().rows();

        assertThat(pack).isEqualTo(new XlsxPackage(Map.of("Realisasi", List.of(new Region(1, 2, 0, 0))), false, 0));
        assertThat(rows.get(0).cells()).containsExactly(
                Cell.text(0, "Belanja Operasi"),
                new Cell(1, "2995981596", CellKind.NUMBER, Optional.of(new BigDecimal("2995981596")), "General"));
        assertThat(rows.get(1).cells()).containsExactly(
                Cell.text(0, "Belanja Operasi").copyAt(0),
                new Cell(1, "91,19", CellKind.NUMBER, Optional.of(new BigDecimal("91.19")), "General"));
    }

    @Test
    void aSheetTargetGivenFromThePackageRootIsFound() throws Exception {
        Path file = minimalPackage("/xl/worksheets/sheet1.xml", YEAR_MERGED);

        assertThat(XlsxPackage.of(file).merges()).containsOnly(YEAR_MERGED_RANGES);
    }

    @Test
    void aSheetLargerThan16MiBGivesNoMergedRanges() throws Exception {
        // a data sheet of that size has no table label to spread, and its ranges would be held in memory
        StringBuilder rows = new StringBuilder("<sheetData>");
        String row = "<row><c t=\"inlineStr\"><is><t>Belanja Operasi</t></is></c></row>\n";
        while (rows.length() <= XlsxPackage.LARGEST_SHEET_BYTES) {
            rows.append(row);
        }
        rows.append("</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:C1\"/></mergeCells>");
        Path file = minimalPackage("worksheets/sheet1.xml", rows.toString());

        assertThat(XlsxPackage.of(file)).isEqualTo(new XlsxPackage(Map.of(), false, 0));
    }

    @Test
    void aPartThatIsNotXmlLeavesTheSheetsMergesFound() throws Exception {
        // every part is streamed for the column limit, pictures too; only the parts the merges come from count
        Path file = minimalPackage("worksheets/sheet1.xml", YEAR_MERGED, Map.of("xl/media/image1.png", "\u0089PNG\r\n\u001a\n<<not xml"));

        assertThat(XlsxPackage.of(file).merges()).containsOnly(YEAR_MERGED_RANGES);
    }

    @Test
    void aSheetWhoseXmlBreaksOffGivesNoMerges() throws Exception {
        Path file = minimalPackage("worksheets/sheet1.xml", YEAR_MERGED + "<mergeCells");

        assertThat(XlsxPackage.of(file)).isEqualTo(new XlsxPackage(Map.of(), true, 0));
    }

    @Test
    void aCellBeyondColumnXfdInAnyPartIsRefused() throws Exception {
        // FastExcel reads whatever part a relationship names as a sheet, so a part no relationship names is checked too
        Path file = minimalPackage("worksheets/sheet1.xml", "<sheetData/>",
                Map.of("xl/worksheets/sheet9.xml", "<worksheet><sheetData><row><c r=\"XFE1\"/></row></sheetData>"
                        + "</worksheet>"));

        assertThatThrownBy(() -> XlsxPackage.of(file)).isInstanceOf(UnreadableFileException.class)
                .hasMessage("CORRUPT: xl/worksheets/sheet9.xml: cell XFE1 lies beyond column XFD");
    }

    @Test
    void aFileThatIsNoZipGivesStylesAndNoMerges() throws Exception {
        // the workbook's own reader reports the damage; the pre-pass only stays out of its way
        Path file = dir.resolve("rusak.xlsx");
        Files.writeString(file, "bukan excel", StandardCharsets.US_ASCII);

        assertThat(XlsxPackage.of(file)).isEqualTo(new XlsxPackage(Map.of(), true, 0));
    }

    private Path workbook(Consumer<XSSFWorkbook> content) throws IOException {
        return PackageParts.workbook(dir, new XSSFWorkbook(), ".xlsx", content);
    }

    /**
     * A package of one sheet, "Realisasi", with no styles part and no shared strings: the parts a package cannot
     * do without. {@code target} is where the workbook's relationship points for the sheet.
     */
    private Path minimalPackage(String target, String sheetContent) throws IOException {
        return minimalPackage(target, sheetContent, Map.of());
    }

    /** The minimal package with {@code more} parts besides, by name. */
    private Path minimalPackage(String target, String sheetContent, Map<String, String> more) throws IOException {
        Path file = Files.createTempFile(dir, "minimal", ".xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : more.entrySet()) {
                PackageParts.put(zip, part.getKey(), part.getValue());
            }
            PackageParts.put(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                      <Default Extension="xml" ContentType="application/xml"/>
                      <Override PartName="/xl/workbook.xml"
                          ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                      <Override PartName="/xl/worksheets/sheet1.xml"
                          ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    </Types>
                    """);
            PackageParts.put(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" Target="xl/workbook.xml"
                          Type="%s/officeDocument"/>
                    </Relationships>
                    """.formatted(RELATIONSHIPS));
            PackageParts.put(zip, "xl/workbook.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="%s" xmlns:r="%s">
                      <sheets><sheet name="Realisasi" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>
                    """.formatted(MAIN, RELATIONSHIPS));
            PackageParts.put(zip, "xl/_rels/workbook.xml.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                      <Relationship Id="rId1" Target="%s" Type="%s/worksheet"/>
                    </Relationships>
                    """.formatted(target, RELATIONSHIPS));
            PackageParts.put(zip, "xl/worksheets/sheet1.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <worksheet xmlns="%s">
                    """.formatted(MAIN) + sheetContent + "</worksheet>\n");
        }
        return file;
    }


    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new XlsxReader().read(file, visitor);
        return visitor;
    }
}

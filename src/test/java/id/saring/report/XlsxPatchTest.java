package id.saring.report;

import static org.assertj.core.api.Assertions.assertThat;

import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The copy made by patching an xlsx package shows what the copy POI makes shows, cell by cell. */
class XlsxPatchTest {

    private static final Path SAMPLES = Path.of("input-samples");
    private final MessageCatalog messages = new MessageCatalog(Language.ID);

    @ParameterizedTest
    @ValueSource(strings = {"pemkab-muara-enim/iku-2023.xlsx", "kecamatan-sumber-harta/kinerja-anggaran-2023.xlsx",
        "kecamatan-semende-darat-tengah/capaian-sasaran-2023.xlsx", "setda-bengkulu-selatan/realisasi-apbd-2023.xlsx"})
    void theSamplesPatchedShowWhatPoiMakesOfThem(String sample) throws IOException {
        byte[] content = Files.readAllBytes(SAMPLES.resolve(sample));

        List<Finding> findings = findingsAllOver(sample, content);
        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);

        assertThat(patched).as("patched, not left to POI").isPresent();
        assertThat(patched.get().extension()).isEqualTo("xlsx");
        assertSameAsPoi(content, findings, patched.get());
    }

    @Test
    void aCellAddedToARowOrColumnWithAFormatTakesItsFormat() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Data");
            XSSFCellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            XSSFCellStyle rupiah = book.createCellStyle();
            rupiah.setDataFormat(book.createDataFormat().getFormat("\"Rp \"#,##0"));
            sheet.setDefaultColumnStyle(3, percent);
            Row row = sheet.createRow(4);
            row.setRowStyle(rupiah);
            row.createCell(0).setCellValue("Belanja Modal");
            sheet.createRow(6).createCell(1).setCellValue(0.9405);
            book.write(written);
        }
        byte[] content = written.toByteArray();
        // E5 and B5 in the formatted row, D7 in the formatted column, F7 after the row's last cell, C10 in no row
        List<Finding> findings = List.of(finding("data.xlsx", "Data", 5, 4, Severity.ERROR),
                finding("data.xlsx", "Data", 5, 1, Severity.WARNING), finding("data.xlsx", "Data", 7, 3, Severity.ERROR),
                finding("data.xlsx", "Data", 7, 5, Severity.INFO), finding("data.xlsx", "Data", 10, 2, Severity.ERROR));

        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);

        assertThat(patched).isPresent();
        assertSameAsPoi(content, findings, patched.get());
        try (XSSFWorkbook copy = new XSSFWorkbook(new ByteArrayInputStream(patched.get().bytes()))) {
            Sheet sheet = copy.getSheet("Data");
            assertThat(sheet.getRow(4).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("\"Rp \"#,##0");
            assertThat(sheet.getRow(6).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(sheet.getRow(9).getCell(2).getCellComment().getString().getString())
                    .startsWith("predicate-mismatch: ");
        }
    }

    /** The corpus's workbooks that POI opens and annotates (the others are left to POI, or have no copy). */
    static Stream<Path> corpusWorkbooks() throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus-subset"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (WorkbookCopy copy = WorkbookCopy.open(Files.readAllBytes(file),
                        id.saring.read.InputFormat.XLSX)) {
                    found.add(file);
                } catch (IOException | RuntimeException poiCannot) {
                    // damaged, encrypted, strict or hostile: the reader reports it unreadable
                }
            }
        }
        return found.stream();
    }

    @ParameterizedTest
    @MethodSource("corpusWorkbooks")
    void aWorkbookOfTheCorpusIsPatchedAsPoiCopiesIt(Path file) throws IOException {
        byte[] content = Files.readAllBytes(file);
        List<Finding> findings = findingsAllOver(file.getFileName().toString(), content);

        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);

        if (patched.isEmpty()) {
            return; // left to POI
        }
        boolean poiAnnotates;
        try (WorkbookCopy copy = WorkbookCopy.open(content, id.saring.read.InputFormat.XLSX)) {
            copy.annotate(findings, new CellMarker(copy.workbook(), messages));
            poiAnnotates = true;
        } catch (RuntimeException poiFails) {
            poiAnnotates = false; // a style POI cannot clone: the run would rebuild the copy without its formatting
        }
        if (poiAnnotates) {
            assertSameAsPoi(content, findings, patched.get());
        } else {
            try (XSSFWorkbook copy = new XSSFWorkbook(new ByteArrayInputStream(patched.get().bytes()))) {
                assertThat(copy.getNumberOfSheets()).isEqualTo(patched.get().sheets().size());
            }
        }
    }

    @Test
    void aPackageThatNamesEachRelationshipPartOnItsOwnGetsAReadableCopy() throws IOException {
        // frictionless' multiline-headers.xlsx gives no content type for .rels but names each such part: the sheet's
        // new relationships part needs one, or POI (and Excel) refuse the whole copy
        byte[] content = Files.readAllBytes(
                Path.of("src/test/resources/corpus-subset/frictionless/multiline-headers.xlsx"));
        List<Finding> findings = findingsAllOver("multiline-headers.xlsx", content);

        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(content, findings, messages);

        assertThat(patched).isPresent();
        assertSameAsPoi(content, findings, patched.get());
    }

    @Test
    void partNamesAreComparedIgnoringCase() throws IOException {
        // the workbook's relationships name worksheets/sheet1.xml, the package holds worksheets/SHEET1.xml (POI's
        // 123233_charts.xlsx has such names): the same part, whose relationships are then one part, not two
        byte[] renamed = iku(name -> name.replace("sheet1.xml", "SHEET1.xml"), (name, part) -> part);
        List<Finding> findings = List.of(finding("iku.xlsx", "IKU 2023", 14, 6, Severity.ERROR));

        Optional<XlsxPatch.Patched> patched = XlsxPatch.annotate(renamed, findings, messages);

        assertThat(patched).isPresent();
        assertSameAsPoi(renamed, findings, patched.get());
        try (ZipInputStream copy = new ZipInputStream(new ByteArrayInputStream(patched.get().bytes()))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = copy.getNextEntry(); e != null; e = copy.getNextEntry()) {
                names.add(e.getName());
            }
            assertThat(names).contains("xl/worksheets/SHEET1.xml", "xl/worksheets/_rels/SHEET1.xml.rels")
                    .doesNotContain("xl/worksheets/sheet1.xml");
        }
    }

    @Test
    void aSheetWithCommentsOfItsOwnIsLeftToPoi() throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Data");
            Cell cell = sheet.createRow(1).createCell(1);
            cell.setCellValue(95);
            ClientAnchor anchor = book.getCreationHelper().createClientAnchor();
            Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
            comment.setString(book.getCreationHelper().createRichTextString("Catatan bendahara"));
            cell.setCellComment(comment);
            book.createSheet("Lain").createRow(0).createCell(0).setCellValue(1);
            book.write(written);
        }

        assertThat(XlsxPatch.annotate(written.toByteArray(),
                List.of(finding("c.xlsx", "Data", 2, 1, Severity.ERROR)), messages)).isEmpty();
        // the sheet without comments is patched
        assertThat(XlsxPatch.annotate(written.toByteArray(),
                List.of(finding("c.xlsx", "Lain", 1, 0, Severity.ERROR)), messages)).isPresent();
    }

    @Test
    void aStylesPartNestedTooDeepIsLeftToPoiWithoutOverflowingTheStack() throws IOException {
        byte[] changed = iku(name -> name, (name, part) -> {
            if (!name.equals("xl/styles.xml")) {
                return part;
            }
            String styles = new String(part, StandardCharsets.UTF_8);
            int end = styles.lastIndexOf("</");
            return (styles.substring(0, end) + "<a>".repeat(200_000) + "</a>".repeat(200_000) + styles.substring(end))
                    .getBytes(StandardCharsets.UTF_8);
        });

        assertThat(XlsxPatch.annotate(changed,
                List.of(finding("iku.xlsx", "IKU 2023", 14, 6, Severity.ERROR)), messages)).isEmpty();
    }

    @Test
    void aPackageThatIsNotAWorkbookIsLeftToPoi() {
        assertThat(XlsxPatch.annotate(new byte[] {'P', 'K', 3, 4, 0}, List.of(), messages)).isEmpty();
    }

    /** The IKU sample with each part renamed by {@code rename} and its bytes rewritten by {@code rewrite}. */
    private static byte[] iku(UnaryOperator<String> rename, BiFunction<String, byte[], byte[]> rewrite)
            throws IOException {
        byte[] sample = Files.readAllBytes(SAMPLES.resolve("pemkab-muara-enim/iku-2023.xlsx"));
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(sample));
                ZipOutputStream out = new ZipOutputStream(changed)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] part = rewrite.apply(e.getName(), in.readAllBytes());
                out.putNextEntry(new ZipEntry(rename.apply(e.getName())));
                out.write(part);
                out.closeEntry();
            }
        }
        return changed.toByteArray();
    }

    /** Findings on cells, merged ranges, whole rows, absent rows, a sheet and the file, of each sheet. */
    private static List<Finding> findingsAllOver(String file, byte[] content) throws IOException {
        List<Finding> findings = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            findings.add(finding(file, "", 0, -1, Severity.WARNING));
            for (Sheet sheet : book) {
                String name = sheet.getSheetName();
                int last = sheet.getLastRowNum();
                Row lastRow = sheet.getRow(last);
                int lastColumn = lastRow == null ? 0 : Math.max(lastRow.getLastCellNum() - 1, 0);
                findings.add(finding(file, name, last + 1, lastColumn, Severity.ERROR));
                findings.add(finding(file, name, last + 1, lastColumn, Severity.WARNING));
                findings.add(finding(file, name, last + 1, -1, Severity.INFO));
                findings.add(finding(file, name, last + 4, 2, Severity.ERROR));
                findings.add(finding(file, name, 1, 0, Severity.INFO));
                findings.add(finding(file, name.toUpperCase(java.util.Locale.ROOT), 2, 1, Severity.WARNING));
                // a few merged ranges: POI looks through all of them for each finding (57893-many-merges.xlsx)
                for (CellRangeAddress range : sheet.getMergedRegions().stream().limit(5).toList()) {
                    findings.add(finding(file, name, range.getLastRow() + 1, range.getLastColumn(), Severity.ERROR));
                }
            }
        }
        return findings;
    }

    private void assertSameAsPoi(byte[] content, List<Finding> findings, XlsxPatch.Patched patched)
            throws IOException {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        try (WorkbookCopy copy = WorkbookCopy.open(content, id.saring.read.InputFormat.XLSX)) {
            copy.annotate(findings, new CellMarker(copy.workbook(), messages));
            copy.workbook().write(poi);
            assertThat(patched.sheets()).isEqualTo(copy.sheets());
        }
        DataFormatter shown = new DataFormatter();
        try (XSSFWorkbook expected = new XSSFWorkbook(new ByteArrayInputStream(poi.toByteArray()));
                XSSFWorkbook actual = new XSSFWorkbook(new ByteArrayInputStream(patched.bytes()))) {
            assertThat(actual.getNumberOfSheets()).isEqualTo(expected.getNumberOfSheets());
            int comments = 0;
            for (int s = 0; s < expected.getNumberOfSheets(); s++) {
                Sheet want = expected.getSheetAt(s);
                Sheet got = actual.getSheetAt(s);
                assertThat(got.getSheetName()).isEqualTo(want.getSheetName());
                assertThat(got.getLastRowNum()).isEqualTo(want.getLastRowNum());
                assertThat(got.getMergedRegions()).isEqualTo(want.getMergedRegions());
                for (Row row : want) {
                    for (Cell cell : row) {
                        String at = want.getSheetName() + "!" + cell.getAddress();
                        Row other = got.getRow(row.getRowNum());
                        assertThat(other).as(at).isNotNull();
                        Cell same = other.getCell(cell.getColumnIndex());
                        assertThat(same).as(at).isNotNull();
                        assertThat(shown.formatCellValue(same)).as(at).isEqualTo(shown.formatCellValue(cell));
                        assertThat(same.getCellType()).as(at).isEqualTo(cell.getCellType());
                        assertThat(look(same)).as(at).isEqualTo(look(cell));
                        assertThat(note(same.getCellComment())).as(at).isEqualTo(note(cell.getCellComment()));
                        comments += cell.getCellComment() == null ? 0 : 1;
                    }
                    assertThat(got.getRow(row.getRowNum()).getPhysicalNumberOfCells()).as(want.getSheetName() + " row "
                            + (row.getRowNum() + 1)).isEqualTo(row.getPhysicalNumberOfCells());
                }
            }
            assertThat(comments).isPositive();
        }
    }

    /** What a cell's format shows: number format, font, fill and its colour, alignment, quote prefix. */
    private static String look(Cell cell) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        XSSFColor fill = style.getFillForegroundColorColor();
        return String.join("|", style.getDataFormatString(), Integer.toString(style.getFontIndex()),
                style.getFillPattern() == null ? FillPatternType.NO_FILL.name() : style.getFillPattern().name(),
                fill == null || fill.getARGBHex() == null ? "-" : fill.getARGBHex(),
                style.getAlignment().name(), style.getVerticalAlignment().name(), Boolean.toString(style.getWrapText()),
                Boolean.toString(style.getQuotePrefixed()), style.getBorderBottom().name());
    }

    private static String note(Comment comment) {
        if (comment == null) {
            return "-";
        }
        ClientAnchor box = comment.getClientAnchor();
        return String.join("|", comment.getString().getString(), comment.getAuthor(),
                List.of((int) box.getCol1(), box.getRow1(), (int) box.getCol2(), box.getRow2()).stream()
                        .map(String::valueOf).collect(Collectors.joining(",")));
    }

    private static Finding finding(String file, String sheet, int row, int column, Severity severity) {
        return new Finding(new Location(file, sheet, row, column), Category.PREDICATE_MISMATCH, "predicate.scale",
                severity, Message.of("predicate.capaian", "Baik", "G14",
                        Message.of("figure.stated", new java.math.BigDecimal("100")), "Sangat Baik", "≥ 100",
                        "capaian-kab-muara-enim"), "Baik", "Sangat Baik");
    }
}

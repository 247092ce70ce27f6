package id.saring.read;

import static id.saring.read.HostileFiles.EXTERNAL_REFERENCES;
import static id.saring.read.HostileFiles.SHARED_STRINGS;
import static id.saring.read.HostileFiles.SHEET;
import static id.saring.read.HostileFiles.WORKBOOK;
import static id.saring.read.HostileFiles.XLSX_PARTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import id.saring.read.UnreadableFileException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile and broken inputs, each named for the attack it makes and each made here, small on disk: every one is
 * refused with the problem that says why, or read within fixed memory and time. Files that point outside themselves
 * point at a watched port, which must see no connection.
 */
class HostileInputTest {

    /** Every read here is over in well under this, on a shared two-core machine; a hang or a full unpack is not. */
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final long MIB = 1 << 20;
    /** Shown to no one: a file an external entity names, whose content must appear in nothing. */
    private static final String SECRET = "rahasia-7f3a9c-jangan-bocor";

    @TempDir
    Path dir;

    private NetworkWatch network;
    private Path secret;

    @BeforeEach
    void watchTheNetwork() throws IOException {
        network = new NetworkWatch();
        secret = Files.writeString(dir.resolve("secret.txt"), SECRET);
    }

    @AfterEach
    void nothingWasFetched() throws IOException {
        network.close();
        assertThat(network.requests()).as("connections to the watched port").isEmpty();
    }

    // zip bombs

    @Test
    void xlsxZipBombIsRejectedBeforeItIsUnpacked() throws Exception {
        // 2 GiB of sheet from 2 MB on disk
        Path file = HostileFiles.xlsxZipBomb(dir.resolve("bom.xlsx"));

        assertRefused(file, Problem.COMPRESSION_RATIO, SHEET, ratio(file, SHEET), BigDecimal.valueOf(100));
        assertThat(ratio(file, SHEET).intValue()).isGreaterThan(900);
    }

    @Test
    void odsZipBombIsRejectedBeforeItIsUnpacked() throws Exception {
        Path file = HostileFiles.odsZipBomb(dir.resolve("bom.ods"));

        assertRefused(file, Problem.COMPRESSION_RATIO, "content.xml", ratio(file, "content.xml"),
                BigDecimal.valueOf(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "ods"})
    void zipBombThatUnderstatesItsSizeIsStoppedAtTheSizeItStates(String format) throws Exception {
        // the directory says 4 KiB, the bytes unpack to 2 GiB: the check unpacks 4 KiB and one byte
        Path file = format.equals("xlsx") ? HostileFiles.xlsxUnderstatedBomb(dir.resolve("bohong.xlsx"))
                : HostileFiles.odsUnderstatedBomb(dir.resolve("bohong.ods"));

        assertRefused(file, Problem.SIZE_MISSTATED, format.equals("xlsx") ? SHEET : "content.xml",
                BigDecimal.valueOf(4096));
    }

    @Test
    void partUnpackingBeyondHalfAGigabyteIsRejectedThoughItPacksLikeData() throws Exception {
        // packed about sixty times, as dense data packs: not a bomb by its ratio, but past what a sheet may be
        Path file = HostileFiles.xlsxLargePart(dir.resolve("raksasa.xlsx"));

        assertThat(ratio(file, SHEET).intValue()).isBetween(20, 99);
        assertRefused(file, Problem.PART_TOO_LARGE, SHEET, BigDecimal.valueOf(601), BigDecimal.valueOf(512));
    }

    @Test
    void packageOfSixtyThousandPartsIsRejectedBeforeAnyIsRead() throws Exception {
        Path file = HostileFiles.xlsxOfManyParts(dir.resolve("ribuan.xlsx"));

        assertRefused(file, Problem.TOO_MANY_PARTS, BigDecimal.valueOf(60_000), BigDecimal.valueOf(10_000));
    }

    @Test
    void overlappingPartsAreCountedOnceForEachNameTheyHave() throws Exception {
        // 131 directory entries share the bytes of one 8 MiB part: 1,048 MiB unpacked from 130 KB
        Path file = HostileFiles.xlsxOfOverlappingParts(dir.resolve("tumpang.xlsx"));

        assertRefused(file, Problem.PACKAGE_TOO_LARGE, BigDecimal.valueOf(1048 + 1), BigDecimal.valueOf(1024));
    }

    @Test
    void zipBombNestedInAPackageIsNeverUnpacked() throws Exception {
        // an embedded file is bytes to this program: the bomb inside stays packed and the sheet is read
        byte[] inner = Files.readAllBytes(HostileFiles.xlsxZipBomb(dir.resolve("dalam.xlsx")));
        Path file = HostileFiles.xlsx(dir.resolve("luar.xlsx"), "", zip -> zip.stored("xl/embeddings/a.zip", inner));

        assertThat(RecordingVisitor.texts(read(file).only().rows()))
                .containsExactly("1: 0=Uraian | 1=Pagu", "2: 0=Belanja Operasi | 1=2995981596");
    }

    // XML entity expansion ("billion laughs")

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            xl/worksheets/sheet1.xml   | worksheet     | <c r="A1" t="s"><v>0</v></c> | <c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c>
            xl/sharedStrings.xml       | sst           | Uraian                       | &lol9;
            xl/workbook.xml            | workbook      | name="Anggaran"              | name="&lol9;"
            [Content_Types].xml        | Types         | /xl/workbook.xml             | /xl/&lol9;.xml
            xl/_rels/workbook.xml.rels | Relationships | worksheets/sheet1.xml        | &lol9;
            """)
    void billionLaughsInAnXlsxPartIsRejectedBeforeItIsParsed(String part, String root, String target, String reference)
            throws Exception {
        Path file = HostileFiles.xlsx(dir.resolve("tawa.xlsx"), Map.of(part,
                HostileFiles.declaring(XLSX_PARTS.get(part), HostileFiles.billionLaughs(root), target, reference)));

        assertRefused(file, Problem.XML_ENTITIES, part);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content.xml", "styles.xml", "META-INF/manifest.xml"})
    void billionLaughsInAnOdsPartIsRejectedBeforeItIsParsed(String part) throws Exception {
        String laughs = HostileFiles.billionLaughs("office:document");
        String xml = HostileFiles.declaring(part.equals("content.xml") ? HostileFiles.ODS_CONTENT
                : "<?xml version=\"1.0\"?><office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:"
                        + "xmlns:office:1.0\">Uraian</office:document-styles>", laughs, "Uraian", "&lol9;");
        Path file = part.equals("content.xml") ? HostileFiles.ods(dir.resolve("tawa.ods"), xml, Map.of())
                : HostileFiles.ods(dir.resolve("tawa.ods"), HostileFiles.ODS_CONTENT, Map.of(part, xml));

        assertRefused(file, Problem.XML_ENTITIES, part);
    }

    @Test
    void billionLaughsInHtmlIsNeverExpanded() throws Exception {
        // an HTML parser knows its named character references and nothing a DOCTYPE declares
        Path file = Files.writeString(dir.resolve("tawa.xls"), HostileFiles.billionLaughs("html")
                + "<html><body><table><tr><td>Uraian</td><td>&lol9;</td><td>&amp;</td></tr></table></body></html>");

        RecordingVisitor seen = assertTimeoutPreemptively(BOUND, () -> read(file));

        assertThat(RecordingVisitor.texts(seen.only().rows())).containsExactly("1: 0=Uraian | 1=&lol9; | 2=&");
    }

    @Test
    void entitiesPastThePrologCheckAreRefusedByEveryXmlParserTooNotExpanded() throws Exception {
        // the second wall: were a DOCTYPE to slip past XmlProlog, neither our parser nor FastExcel's expands it
        String sst = HostileFiles.declaring(XLSX_PARTS.get(SHARED_STRINGS), HostileFiles.billionLaughs("sst"),
                "Uraian", "&lol9;");

        assertThatThrownBy(() -> textOf(sst)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("The entity \"lol9\" was referenced, but not declared.");
        Path file = HostileFiles.xlsx(dir.resolve("tawa.xlsx"), Map.of(SHARED_STRINGS, sst));
        assertThatThrownBy(() -> fastExcelRows(file)).hasMessageContaining(
                "General entity reference (&lol9;) encountered in entity expanding mode: operation not (yet) "
                        + "implemented");
    }

    // external entities (XXE)

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            xl/worksheets/sheet1.xml   | worksheet     | <c r="A1" t="s"><v>0</v></c> | <c r="A1" t="inlineStr"><is><t>{}</t></is></c>
            xl/sharedStrings.xml       | sst           | Uraian                       | {}
            xl/workbook.xml            | workbook      | name="Anggaran"              | name="{}"
            [Content_Types].xml        | Types         | /xl/workbook.xml             | /xl/{}.xml
            _rels/.rels                | Relationships | xl/workbook.xml              | {}
            xl/_rels/workbook.xml.rels | Relationships | worksheets/sheet1.xml        | {}
            xl/styles.xml              | styleSheet    | <numFmts/>                   | <numFmts>{}</numFmts>
            """)
    void externalEntityInAnXlsxPartIsRejectedAndNothingIsFetched(String part, String root, String target,
            String reference) throws Exception {
        String xml = XLSX_PARTS.getOrDefault(part, HostileFiles.DECLARATION + "<styleSheet xmlns=\""
                + HostileFiles.MAIN + "\"><numFmts/></styleSheet>");
        Path file = HostileFiles.xlsx(dir.resolve("xxe.xlsx"), Map.of(part, HostileFiles.declaring(xml,
                HostileFiles.externalEntities(root, secret, network), target,
                reference.replace("{}", EXTERNAL_REFERENCES))));

        UnreadableFileException refused = assertRefused(file, Problem.XML_EXTERNAL_ENTITY, part);
        assertThat(refused.getMessage()).doesNotContain(SECRET, "root:");
    }

    @Test
    void externalDtdOfAnXlsxSheetIsRejectedAndNotFetched() throws Exception {
        Path file = HostileFiles.xlsx(dir.resolve("dtd.xlsx"), Map.of(SHEET, HostileFiles.declaring(
                XLSX_PARTS.get(SHEET), HostileFiles.externalDtd("worksheet", network), "", "")));

        assertRefused(file, Problem.XML_EXTERNAL_ENTITY, SHEET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"})
    void externalEntityInAnOdsPartIsRejectedAndNothingIsFetched(String part) throws Exception {
        String xml = HostileFiles.declaring(part.equals("content.xml") ? HostileFiles.ODS_CONTENT
                        : "<?xml version=\"1.0\"?><office:document xmlns:office=\"urn:oasis:names:tc:opendocument:"
                                + "xmlns:office:1.0\">Uraian</office:document>",
                HostileFiles.externalEntities("office:document", secret, network), "Uraian", EXTERNAL_REFERENCES);
        Path file = part.equals("content.xml") ? HostileFiles.ods(dir.resolve("xxe.ods"), xml, Map.of())
                : HostileFiles.ods(dir.resolve("xxe.ods"), HostileFiles.ODS_CONTENT, Map.of(part, xml));

        UnreadableFileException refused = assertRefused(file, Problem.XML_EXTERNAL_ENTITY, part);
        assertThat(refused.getMessage()).doesNotContain(SECRET, "root:");
    }

    @Test
    void externalEntitiesPastThePrologCheckAreFetchedByNoXmlParser() throws Exception {
        // the second wall: our parser and FastExcel's, given the parts themselves, open no file and no address
        String entities = HostileFiles.declaring(XLSX_PARTS.get(SHEET),
                HostileFiles.externalEntities("worksheet", secret, network), "<c r=\"A1\" t=\"s\"><v>0</v></c>",
                "<c r=\"A1\" t=\"inlineStr\"><is><t>" + EXTERNAL_REFERENCES + "</t></is></c>");
        String dtd = HostileFiles.declaring(XLSX_PARTS.get(SHEET), HostileFiles.externalDtd("worksheet", network),
                "", "");

        assertThatThrownBy(() -> textOf(entities)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("was referenced, but not declared");
        assertThat(textOf(dtd)).isEqualTo("0122995981596");
        assertThatThrownBy(() -> fastExcelRows(HostileFiles.xlsx(dir.resolve("a.xlsx"), Map.of(SHEET, entities))))
                .hasMessageContaining("encountered in entity expanding mode");
        assertThat(fastExcelRows(HostileFiles.xlsx(dir.resolve("b.xlsx"), Map.of(SHEET, dtd)))).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            UTF-8    | true
            UTF-16LE | true
            UTF-16BE | true
            UTF-32LE | true
            UTF-32BE | false
            UTF-16LE | false
            """)
    void doctypeIsFoundInEveryEncodingBehindTheDeclarationCommentsAndInstructions(String encoding, boolean bom)
            throws Exception {
        String xml = "\ufeff".repeat(bom ? 1 : 0) + "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
                + "<!-- dibuat oleh --- alat lain --><?pi data?>\n<!DOCTYPE worksheet><worksheet/>";

        assertThat(XmlProlog.doctype(new ByteArrayInputStream(xml.getBytes(Charset.forName(encoding)))))
                .contains(Problem.XML_DOCTYPE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <?xml version="1.0"?><worksheet><!DOCTYPE x></worksheet>
            <worksheet/>
            PK binary part
            '<!-- <!DOCTYPE x> --><worksheet/>'
            """)
    void partsWithoutADoctypeBeforeTheirFirstElementPass(String xml) throws Exception {
        assertThat(XmlProlog.doctype(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            <!DOCTYPE a [<!ENTITY b "SYSTEM">]><a/>                  | XML_ENTITIES
            <!DOCTYPE a [<!-- SYSTEM --><!ENTITY b "c">]><a/>        | XML_ENTITIES
            <!DOCTYPE a PUBLIC "-//x//y" "http://a/b.dtd"><a/>       | XML_EXTERNAL_ENTITY
            <!DOCTYPE a [<!ENTITY % b SYSTEM "c.dtd"> %b;]><a/>       | XML_EXTERNAL_ENTITY
            <!DOCTYPE a [<!ELEMENT a ANY>]><a/>                      | XML_DOCTYPE
            """)
    void doctypeIsToldByWhatItDeclares(String xml, Problem problem) throws Exception {
        assertThat(XmlProlog.doctype(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .contains(problem);
    }

    // a shared-strings table of 100 MB

    @Test
    void sharedStringsOf100MegabytesAreRejectedBeforeAnyIsHeld() throws Exception {
        // strings of an indicator list, packed about fifteen times: past what FastExcel may hold, not a bomb
        Path file = HostileFiles.xlsxOf100MegabytesOfSharedStrings(dir.resolve("teks.xlsx"));

        assertThat(ratio(file, SHARED_STRINGS).intValue()).isLessThan(100);
        assertRefused(file, Problem.SHARED_STRINGS_TOO_LARGE, BigDecimal.valueOf(100), BigDecimal.valueOf(32));
    }

    @Test
    void sharedStringsOf100MegabytesPackedTighterThanAHundredthAreAZipBomb() throws Exception {
        // the same table of one string repeated: the compression rule is checked first and says more
        Path file = HostileFiles.xlsx(dir.resolve("teks.xlsx"), SHARED_STRINGS, zip -> zip.repeated(SHARED_STRINGS,
                "<sst xmlns=\"" + HostileFiles.MAIN + "\">", "<si><t>Uraian</t></si>".repeat(47_663), 100, "</sst>"));

        assertRefused(file, Problem.COMPRESSION_RATIO, SHARED_STRINGS, ratio(file, SHARED_STRINGS),
                BigDecimal.valueOf(100));
    }

    @Test
    void sharedStringsJustUnderTheLimitAreReadWithTheHeapCappedAt256Megabytes() throws Exception {
        // the most strings the limit lets through, 1.8 million of two letters, and a cell that uses the last
        int bytes = (int) XlsxReader.MAX_SHARED_STRINGS_BYTES - 200;
        String strings = HostileFiles.smallSharedStrings(bytes - 100, 5);
        int last = strings.length() / 18 - 1;
        Path file = HostileFiles.xlsx(dir.resolve("penuh.xlsx"), Map.of(
                SHARED_STRINGS, HostileFiles.DECLARATION + "<sst xmlns=\"" + HostileFiles.MAIN + "\">" + strings
                        + "</sst>",
                SHEET, HostileFiles.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>" + last
                        + "</v></c></row>")));
        assertThat(Files.size(file)).isLessThan(8 * MIB);

        String output = inSmallHeap(file);

        assertThat(output).isEqualTo("1: 0=" + strings.substring(7, 9) + " | 1="
                + strings.substring(strings.length() - 11, strings.length() - 9) + "\n");
    }

    // a sheet claiming 16,384 columns and 1,048,576 rows

    @Test
    void sheetClaimingSixteenThousandColumnsAndAMillionRowsIsReadAsTheCellsItHas() throws Exception {
        Path file = HostileFiles.xlsxClaimingTheWholeGrid(dir.resolve("klaim.xlsx"));

        RecordingVisitor seen = assertTimeoutPreemptively(BOUND, () -> read(file));

        assertThat(RecordingVisitor.texts(seen.only().rows())).containsExactly("1: 0=Uraian | 16383=Pagu",
                "1048576: 0=Belanja Operasi | 16383=2995981596");
    }

    @Test
    void odsRepeatingAFilledRowToTheLastRowIsRejectedBeforeItIsExpanded() throws Exception {
        // a few hundred bytes claiming 16,384 × 1,048,575 filled cells
        Path file = HostileFiles.odsRepeatingAFilledRow(dir.resolve("ulang.ods"));
        RecordingVisitor seen = new RecordingVisitor();

        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> new InputReader().read(file, seen)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_CELLS);
                    assertThat(e.arguments()).containsExactly("Anggaran", BigDecimal.valueOf(100_000));
                });
        assertThat(RecordingVisitor.texts(seen.sheets().get(0).rows()))
                .containsExactly("1: 0=Uraian | 1=Pagu", "2: 0=Belanja Operasi | 1=2.995.981.596");
    }

    @Test
    void odsClaimingTheWholeGridWithEmptyRepeatsIsReadAsTheCellsItHas() throws Exception {
        // LibreOffice writes the rest of a formatted sheet so, as empty cells repeated to the grid's end
        String content = HostileFiles.ODS_CONTENT.replace("</table:table>",
                "<table:table-row table:number-rows-repeated=\"1048573\"><table:table-cell "
                        + "table:number-columns-repeated=\"16384\"/></table:table-row><table:table-row>"
                        + "<table:table-cell table:number-columns-repeated=\"16383\"/><table:table-cell "
                        + "office:value-type=\"string\"><text:p>akhir</text:p></table:table-cell>"
                        // past the last column: a covered cell, and repeats that would overflow a count of columns
                        + "<table:covered-table-cell/>"
                        + "<table:table-cell table:number-columns-repeated=\"1048576\"/>".repeat(3000)
                        + "<table:table-cell office:value-type=\"string\"><text:p>luar</text:p></table:table-cell>"
                        + "</table:table-row></table:table>");
        Path file = HostileFiles.ods(dir.resolve("kosong.ods"), content, Map.of());

        RecordingVisitor seen = assertTimeoutPreemptively(BOUND, () -> read(file));

        assertThat(RecordingVisitor.texts(seen.only().rows())).containsExactly("1: 0=Uraian | 1=Pagu",
                "2: 0=Belanja Operasi | 1=2.995.981.596", "1048576: 16383=akhir");
    }

    @Test
    void mergedRangesListedOverEachOtherAreSpreadOnlyToAMillionCopies() throws Exception {
        // 2,000 ranges of a million cells each over the same place: two billion copies claimed in 60 KB
        String rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + java.util.stream.IntStream.rangeClosed(2, 10_000).mapToObj(r -> "<row r=\"" + r + "\"/>")
                        .collect(java.util.stream.Collectors.joining());
        Path file = HostileFiles.xlsx(dir.resolve("gabung.xlsx"), Map.of(SHEET, HostileFiles.sheet(rows)
                .replace("</worksheet>", "<mergeCells>" + "<mergeCell ref=\"A1:CV10000\"/>".repeat(2000)
                        + "</mergeCells></worksheet>")));

        List<SheetRow> read = assertTimeoutPreemptively(BOUND, () -> read(file)).only().rows();

        assertThat(read).hasSize(10_000);
        assertThat(read.get(9_999).cells()).hasSize(100).allSatisfy(c -> {
            assertThat(c.text()).isEqualTo("Uraian");
            assertThat(c.mergedCopy()).isTrue();
        });
    }

    @Test
    void htmlRowspansClaimingTwentyMillionCopiesAreSpreadOnlyToAMillion() throws Exception {
        // 5,000 cells spanning 4,096 rows each: those that fit a million copies (244) are spread
        Path file = Files.writeString(dir.resolve("rentang.xls"), "<table><tr>"
                + "<td rowspan=\"4096\">x</td>".repeat(5000) + "</tr>" + "<tr></tr>".repeat(4095) + "</table>");

        List<SheetRow> read = assertTimeoutPreemptively(BOUND, () -> read(file)).only().rows();

        assertThat(read).hasSize(4096);
        assertThat(read.get(0).cells()).hasSize(5000);
        assertThat(read.get(4095).cells()).hasSize(244).allSatisfy(c -> assertThat(c.mergedCopy()).isTrue());
        assertThat(read.get(4095).cells().get(243).column()).isEqualTo(243);
    }

    @Test
    void odsSpansClaimingFiveMillionCopiesAreSpreadOnlyToAMillion() throws Exception {
        // 5,000 cells spanning 1,000 rows each, then 999 rows covered: those that fit a million cells (1,000) spread
        String content = HostileFiles.ODS_CONTENT.replaceFirst("<table:table-row>.*</table:table-row>",
                "<table:table-row>" + ("<table:table-cell table:number-rows-spanned=\"1000\" office:value-type="
                        + "\"string\"><text:p>x</text:p></table:table-cell>").repeat(5000) + "</table:table-row>"
                        + ("<table:table-row><table:covered-table-cell table:number-columns-repeated=\"5000\"/>"
                                + "</table:table-row>").repeat(999));
        Path file = HostileFiles.ods(dir.resolve("rentang.ods"), content, Map.of());

        List<SheetRow> read = assertTimeoutPreemptively(BOUND, () -> read(file)).only().rows();

        assertThat(read).hasSize(1000);
        assertThat(read.get(0).cells()).hasSize(5000);
        assertThat(read.get(999).cells()).hasSize(1000).allSatisfy(c -> assertThat(c.mergedCopy()).isTrue());
    }

    // a cell of 10 MB of text

    @ParameterizedTest
    @ValueSource(strings = {"xlsx-inline", "xlsx-shared", "ods", "csv", "html"})
    void cellOfTenMegabytesOfTextIsCutToWhatACellHolds(String kind) throws Exception {
        // no space in it, so that no reader's stripping or collapsing of spaces changes its length
        String text = HostileFiles.sparseText(10 * (int) MIB, 64, '.', 4);
        Path file = switch (kind) {
            case "xlsx-inline" -> HostileFiles.xlsx(dir.resolve("panjang.xlsx"), Map.of(SHEET, HostileFiles.sheet(
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
                            + "<c r=\"B2\" t=\"inlineStr\"><is><t>" + text + "</t></is></c></row>")));
            case "xlsx-shared" -> HostileFiles.xlsx(dir.resolve("panjang.xlsx"), Map.of(SHARED_STRINGS,
                    XLSX_PARTS.get(SHARED_STRINGS).replace("<t>Pagu</t>", "<t>" + text + "</t>"), SHEET,
                    HostileFiles.sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" "
                            + "t=\"s\"><v>2</v></c><c r=\"B2\" t=\"s\"><v>1</v></c></row>")));
            case "ods" -> HostileFiles.ods(dir.resolve("panjang.ods"), HostileFiles.ODS_CONTENT
                    .replace("<text:p>2.995.981.596</text:p>", "<text:p>" + text + "</text:p>")
                    .replace("office:value-type=\"float\" office:value=\"2995981596\"", "office:value-type=\"string\""),
                    Map.of());
            case "csv" -> Files.writeString(dir.resolve("panjang.csv"), "Uraian;\nBelanja Operasi;\"" + text + "\"\n");
            default -> Files.writeString(dir.resolve("panjang.xls"), "<html><body><table><tr><td>Uraian</td></tr>"
                    + "<tr><td>Belanja Operasi</td><td>" + text + "</td></tr></table></body></html>");
        };

        RecordingVisitor seen = assertTimeoutPreemptively(BOUND, () -> read(file));

        assertThat(seen.cuts()).containsExactly(new RecordingVisitor.Cut(2, 1, 10 * (int) MIB));
        SheetRow row = seen.only().rows().get(1);
        assertThat(row.cells()).hasSize(2);
        assertThat(row.cells().get(1).text()).isEqualTo(text.substring(0, 32_767));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Uraian;Pagu\nBelanja Operasi;", "Uraian;Pagu\nBelanja Operasi;\"dibuka tak ditutup\n"})
    void csvRecordThatNeverEndsIsRefusedPastSixteenMillionCharacters(String start) throws Exception {
        Path file = dir.resolve("tanpa-akhir.csv");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write(start);
            String line = start.endsWith("\n") ? "baris yang masih di dalam kutip;1\n" : "1234567890";
            for (long written = 0; written <= CsvReader.MAX_RECORD_CHARS; written += line.length()) {
                out.write(line);
            }
        }
        RecordingVisitor seen = new RecordingVisitor();

        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> new InputReader().read(file, seen)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(Problem.RECORD_TOO_LONG);
                    assertThat(e.arguments()).containsExactly(BigDecimal.ONE, BigDecimal.valueOf(16_777_216));
                });
        assertThat(RecordingVisitor.texts(seen.sheets().get(0).rows())).containsExactly("1: 0=Uraian | 1=Pagu");
    }

    // HTML: deep nesting, size, no fetching

    @ParameterizedTest
    @ValueSource(strings = {"<div>", "<table><tr><td>", "<b><i>", "<ul><li>"})
    void htmlNestedAHundredThousandDeepIsReadInBoundedTime(String open) throws Exception {
        Path file = Files.writeString(dir.resolve("dalam.xls"), "<html><body><table><tr><td>Uraian</td><td>Pagu</td>"
                + "</tr><tr><td>Belanja Operasi</td><td>" + open.repeat(100_000) + "2.995.981.596</td></tr></table>");

        RecordingVisitor seen = assertTimeoutPreemptively(BOUND, () -> read(file));

        assertThat(RecordingVisitor.texts(seen.only().rows()))
                .containsExactly("1: 0=Uraian | 1=Pagu", "2: 0=Belanja Operasi | 1=2.995.981.596");
    }

    @Test
    void htmlPageOfMoreThan32MegabytesIsNotParsed() throws Exception {
        Path file = dir.resolve("besar.xls");
        Files.writeString(file, "<html><body><table><tr><td>Uraian</td></tr></table>");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(33 * MIB); // a hole of zeros: no time, little disk
        }

        assertRefused(file, Problem.PAGE_TOO_LARGE, BigDecimal.valueOf(33), BigDecimal.valueOf(32));
    }

    @Test
    void htmlThatLinksStylesImagesFramesAndScriptsFetchesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("tautan.xls"), "<html><head>"
                + "<link rel=\"stylesheet\" href=\"" + network.url("gaya.css") + "\">"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + network.url("pindah") + "\">"
                + "<script src=\"" + network.url("skrip.js") + "\"></script>"
                + "<style>@import url(" + network.url("impor.css") + ");</style>"
                + "<base href=\"" + network.url("") + "\"></head><body background=\"" + network.url("latar.png") + "\">"
                + "<iframe src=\"" + network.url("bingkai") + "\"></iframe><object data=\"" + network.url("objek")
                + "\"></object><embed src=\"" + network.url("sisip") + "\"><table><tr><td>Uraian</td>"
                + "<td style=\"background:url(" + network.url("sel.png") + ")\"><img src=\"" + network.url("a.png")
                + "\">Pagu</td></tr></table></body></html>");

        assertThat(RecordingVisitor.texts(read(file).only().rows())).containsExactly("1: 0=Uraian | 1=Pagu");
    }

    // what the tests share

    /** Reads {@code file} expecting it refused within {@link #BOUND}, with {@code problem} naming {@code arguments}. */
    private UnreadableFileException assertRefused(Path file, Problem problem, Object... arguments) {
        List<UnreadableFileException> refused = new ArrayList<>();
        assertThatThrownBy(() -> assertTimeoutPreemptively(BOUND, () -> read(file)))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> {
                    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
                    assertThat(e.arguments()).containsExactly(arguments);
                    refused.add(e);
                });
        return refused.get(0);
    }

    private static RecordingVisitor read(Path file) throws UnreadableFileException {
        RecordingVisitor visitor = new RecordingVisitor();
        new InputReader().read(file, visitor);
        return visitor;
    }

    /** How many times its packed size {@code part} unpacks to, as the package states it, in whole times. */
    private static BigDecimal ratio(Path file, String part) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(part);
            return BigDecimal.valueOf(entry.getSize() / entry.getCompressedSize());
        }
    }

    /** The text of {@code xml} as our own parser reads it. */
    private static String textOf(String xml) throws XMLStreamException {
        XMLStreamReader reader = XmlInput.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), true);
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamConstants.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }

    /** The rows FastExcel reads of {@code file}'s first sheet, past every check of ours. */
    private static long fastExcelRows(Path file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                var rows = workbook.getFirstSheet().openStream()) {
            return rows.map(Row::getCellCount).count();
        }
    }

    /** What {@link SmallHeap} prints of {@code file}, read in a JVM of 256 MB of heap. */
    private static String inSmallHeap(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SmallHeap.class.getName(), file.toString()).redirectErrorStream(true).start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("finished within a minute").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Reads one file and prints its rows as {@link RecordingVisitor#texts} gives them. */
    static final class SmallHeap {

        public static void main(String[] args) throws Exception {
            RecordingVisitor seen = read(Path.of(args[0]));
            seen.sheets().forEach(s -> RecordingVisitor.texts(s.rows()).forEach(System.out::println));
        }

        private SmallHeap() {
        }
    }
}

package id.saring.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes the hostile inputs the tests name, each small on disk: packages whose parts unpack to gigabytes, XML parts
 * that declare entities, sheets that claim the whole grid. Each starts from a plain, readable workbook (a budget
 * table, {@link #XLSX_PARTS} or {@link #ODS_CONTENT}) and changes one thing.
 */
public final class HostileFiles {

    public static final String SHEET = "xl/worksheets/sheet1.xml";
    public static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    public static final String WORKBOOK = "xl/workbook.xml";
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    /** The parts of a small budget workbook: one sheet, "Anggaran", whose text cells use the shared strings. */
    public static final Map<String, String> XLSX_PARTS = xlsxParts();

    /** The content of a small budget spreadsheet in OpenDocument: one table, "Anggaran". */
    public static final String ODS_CONTENT = DECLARATION + """
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">\
            <office:body><office:spreadsheet><table:table table:name="Anggaran">\
            <table:table-row><table:table-cell office:value-type="string"><text:p>Uraian</text:p></table:table-cell>\
            <table:table-cell office:value-type="string"><text:p>Pagu</text:p></table:table-cell></table:table-row>\
            <table:table-row><table:table-cell office:value-type="string"><text:p>Belanja Operasi</text:p>\
            </table:table-cell><table:table-cell office:value-type="float" office:value="2995981596">\
            <text:p>2.995.981.596</text:p></table:table-cell></table:table-row>\
            </table:table></office:spreadsheet></office:body></office:document-content>""";

    private HostileFiles() {
    }

    private static Map<String, String> xlsxParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", contentTypes(WORKBOOK, SHEET, SHARED_STRINGS));
        parts.put("_rels/.rels", relationships(relationship("rId1", "officeDocument", "xl/workbook.xml")));
        parts.put(WORKBOOK, workbook("Anggaran"));
        parts.put("xl/_rels/workbook.xml.rels", relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                + relationship("rId2", "sharedStrings", "sharedStrings.xml")));
        parts.put(SHARED_STRINGS, DECLARATION + "<sst xmlns=\"" + MAIN + "\" count=\"3\" uniqueCount=\"3\">"
                + "<si><t>Uraian</t></si><si><t>Pagu</t></si><si><t>Belanja Operasi</t></si></sst>");
        parts.put(SHEET, sheet("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>2995981596</v></c></row>"));
        return Map.copyOf(parts);
    }

    /** A worksheet part whose {@code sheetData} holds {@code rows}. */
    public static String sheet(String rows) {
        return DECLARATION + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + "</sheetData></worksheet>";
    }

    /** The content types of a workbook package holding {@code parts} (workbook, worksheets, shared strings, styles). */
    public static String contentTypes(String... parts) {
        StringBuilder types = new StringBuilder(DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>");
        for (String part : parts) {
            String kind = part.endsWith("workbook.xml") ? "sheet.main"
                    : part.contains("worksheets/") ? "worksheet"
                    : part.endsWith("sharedStrings.xml") ? "sharedStrings"
                    : part.endsWith("styles.xml") ? "styles" : null;
            if (kind == null) {
                throw new IllegalArgumentException("no content type for " + part);
            }
            types.append("<Override PartName=\"/").append(part).append("\" ContentType=\"application/")
                    .append("vnd.openxmlformats-officedocument.spreadsheetml.").append(kind).append("+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    /** A workbook part listing one sheet, {@code name}, as relationship rId1. */
    public static String workbook(String name) {
        return DECLARATION + "<workbook xmlns=\"" + MAIN + "\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets><sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    }

    /** A relationships part holding {@code relationships} ({@link #relationship}). */
    public static String relationships(String relationships) {
        return DECLARATION + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + relationships + "</Relationships>";
    }

    public static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }

    /** The budget workbook with {@code changed} parts in place of its own (or added); none is left out. */
    public static Path xlsx(Path file, Map<String, String> changed) throws IOException {
        try (RawZip zip = new RawZip(file)) {
            writeParts(zip, changed, "");
        }
        return file;
    }

    /** The budget workbook without its part {@code left}, which {@code large} then writes. */
    public static Path xlsx(Path file, String left, ZipWriting large) throws IOException {
        try (RawZip zip = new RawZip(file)) {
            writeParts(zip, Map.of(), left);
            large.write(zip);
        }
        return file;
    }

    private static void writeParts(RawZip zip, Map<String, String> changed, String left) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        XLSX_PARTS.keySet().stream().sorted().forEach(name -> parts.put(name, XLSX_PARTS.get(name)));
        parts.putAll(changed);
        for (Map.Entry<String, String> part : parts.entrySet()) {
            if (!part.getKey().equals(left)) {
                zip.add(part.getKey(), part.getValue());
            }
        }
    }

    /** Writes one part of a package. */
    @FunctionalInterface
    public interface ZipWriting {
        void write(RawZip zip) throws IOException;
    }

    /** An OpenDocument spreadsheet of {@code content.xml} {@code content} and the other {@code parts}. */
    public static Path ods(Path file, String content, Map<String, String> parts) throws IOException {
        return ods(file, zip -> zip.add("content.xml", content), parts);
    }

    /** An OpenDocument spreadsheet whose {@code content.xml} {@code content} writes. */
    public static Path ods(Path file, ZipWriting content, Map<String, String> parts) throws IOException {
        try (RawZip zip = new RawZip(file)) {
            zip.stored("mimetype",
                    "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            zip.add("META-INF/manifest.xml", parts.getOrDefault("META-INF/manifest.xml", DECLARATION + """
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" \
                    manifest:version="1.3"><manifest:file-entry manifest:full-path="/" \
                    manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>\
                    <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                    </manifest:manifest>"""));
            content.write(zip);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                if (!part.getKey().equals("META-INF/manifest.xml")) {
                    zip.add(part.getKey(), part.getValue());
                }
            }
        }
        return file;
    }

    /**
     * {@code xml} with {@code doctype} after its XML declaration and {@code reference} in place of the first
     * {@code target}: a part that declares entities and uses them where the reader looks.
     */
    public static String declaring(String xml, String doctype, String target, String reference) {
        int afterDeclaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        String withDoctype = xml.substring(0, afterDeclaration) + doctype + xml.substring(afterDeclaration);
        return withDoctype.replaceFirst(java.util.regex.Pattern.quote(target),
                java.util.regex.Matcher.quoteReplacement(reference));
    }

    /**
     * The "billion laughs": ten entities each ten times the one before, so that {@code &lol9;} is a thousand
     * million times "lol", 3 GB of text, from a declaration of under a kilobyte.
     */
    public static String billionLaughs(String root) {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            String previous = level == 1 ? "&lol;" : "&lol" + (level - 1) + ";";
            doctype.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return doctype.append("]>").toString();
    }

    /** External entities: a file of this machine and an address on the watched port. */
    public static String externalEntities(String root, Path secret, NetworkWatch network) {
        return "<!DOCTYPE " + root + " [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">"
                + "<!ENTITY passwd SYSTEM \"file:///etc/passwd\">"
                + "<!ENTITY remote SYSTEM \"" + network.url("entity") + "\">"
                + "<!ENTITY % dtd SYSTEM \"" + network.url("parameter.dtd") + "\"> %dtd;]>";
    }

    /** The references to {@link #externalEntities}' entities, for the place the reader looks. */
    public static final String EXTERNAL_REFERENCES = "&secret;&passwd;&remote;";

    /** A DOCTYPE whose DTD is itself an address on the watched port. */
    public static String externalDtd(String root, NetworkWatch network) {
        return "<!DOCTYPE " + root + " SYSTEM \"" + network.url("external.dtd") + "\">";
    }

    /**
     * {@code bytes} bytes of shared-strings entries of two random letters ({@code <si><t>qk</t></si>}): the
     * smallest strings, so the most of them, packed about ten times (letters at random do not pack tighter).
     */
    public static String smallSharedStrings(int bytes, long seed) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder(bytes);
        while (sb.length() + 18 <= bytes) {
            sb.append("<si><t>").append((char) ('a' + random.nextInt(26))).append((char) ('a' + random.nextInt(26)))
                    .append("</t></si>");
        }
        return sb.toString();
    }

    // the hostile files the tests name, each as HostileInputTest describes it

    private static final int MIB = 1 << 20;

    /** An xlsx whose sheet unpacks to 2 GiB of spaces from 2 MB: a zip bomb, honest about its sizes. */
    public static Path xlsxZipBomb(Path file) throws IOException {
        return xlsx(file, SHEET, zip -> zip.repeated(SHEET, sheet("").replace("</sheetData></worksheet>", ""),
                " ".repeat(MIB), 2048, "</sheetData></worksheet>"));
    }

    /** An ods whose {@code content.xml} unpacks to 2 GiB of spaces from 2 MB. */
    public static Path odsZipBomb(Path file) throws IOException {
        String[] around = ODS_CONTENT.split("(?=</table:table>)");
        return ods(file, zip -> zip.repeated("content.xml", around[0], " ".repeat(MIB), 2048, around[1]), Map.of());
    }

    /** An xlsx whose sheet unpacks to 2 GiB while its package states 4,096 bytes. */
    public static Path xlsxUnderstatedBomb(Path file) throws IOException {
        return xlsx(file, SHEET, zip -> zip.understated(SHEET, sheet(""), " ".repeat(MIB), 2048, "", 4096));
    }

    /** An ods whose {@code content.xml} unpacks to 2 GiB while its package states 4,096 bytes. */
    public static Path odsUnderstatedBomb(Path file) throws IOException {
        return ods(file, zip -> zip.understated("content.xml", ODS_CONTENT, " ".repeat(MIB), 2048, "", 4096),
                Map.of());
    }

    /** An xlsx whose sheet unpacks to 601 MB, packed like dense data (about 60 times) into 10 MB. */
    public static Path xlsxLargePart(Path file) throws IOException {
        String chunk = sparseText(MIB, 256, ' ', 1);
        return xlsx(file, SHEET, zip -> zip.repeated(SHEET, sheet(""), chunk, 600, ""));
    }

    /** An xlsx of 60,000 parts, all but the workbook's own sharing one byte. */
    public static Path xlsxOfManyParts(Path file) throws IOException {
        return xlsx(file, "", zip -> {
            zip.add("xl/media/a.txt", "a");
            for (int i = 1; i < 60_000 - XLSX_PARTS.size(); i++) {
                zip.alias("xl/media/a" + i + ".txt", "xl/media/a.txt");
            }
        });
    }

    /** An xlsx whose 131 directory entries share the bytes of one 8 MiB part: 1,048 MiB unpacked from 130 KB. */
    public static Path xlsxOfOverlappingParts(Path file) throws IOException {
        String chunk = sparseText(MIB, 256, ' ', 2);
        return xlsx(file, "", zip -> {
            zip.repeated("xl/media/data.xml", "", chunk, 8, "");
            for (int i = 1; i <= 130; i++) {
                zip.alias("xl/media/data" + i + ".xml", "xl/media/data.xml");
            }
        });
    }

    /** An xlsx whose shared strings, indicator names packed about fifteen times, unpack to 100 MB. */
    public static Path xlsxOf100MegabytesOfSharedStrings(Path file) throws IOException {
        Random random = new Random(3);
        StringBuilder chunk = new StringBuilder();
        while (chunk.length() < MIB - 100) {
            chunk.append("<si><t>Persentase capaian indikator kinerja ").append(random.nextInt(1_000_000))
                    .append("</t></si>");
        }
        return xlsx(file, SHARED_STRINGS, zip -> zip.repeated(SHARED_STRINGS,
                DECLARATION + "<sst xmlns=\"" + MAIN + "\">", chunk.toString(), 100, "</sst>"));
    }

    /** An xlsx whose sheet claims A1:XFD1048576 and holds four cells, one in each corner. */
    public static Path xlsxClaimingTheWholeGrid(Path file) throws IOException {
        String sheet = DECLARATION + "<worksheet xmlns=\"" + MAIN + "\">"
                + "<dimension ref=\"A1:XFD1048576\"/>"
                + "<cols><col min=\"1\" max=\"16384\" width=\"12\" customWidth=\"1\"/></cols>"
                + "<sheetData><row r=\"1\" spans=\"1:16384\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "<c r=\"XFD1\" t=\"s\"><v>1</v></c></row><row r=\"1048576\" spans=\"1:16384\">"
                + "<c r=\"A1048576\" t=\"s\"><v>2</v></c><c r=\"XFD1048576\"><v>2995981596</v></c></row></sheetData>"
                + "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells></worksheet>";
        return xlsx(file, Map.of(SHEET, sheet));
    }

    /** An ods of a few hundred bytes repeating a filled row of 16,384 cells to the grid's last row. */
    public static Path odsRepeatingAFilledRow(Path file) throws IOException {
        return ods(file, ODS_CONTENT.replace("</table:table>",
                "<table:table-row table:number-rows-repeated=\"1048575\"><table:table-cell "
                        + "table:number-columns-repeated=\"16384\" office:value-type=\"string\"><text:p>x</text:p>"
                        + "</table:table-cell></table:table-row></table:table>"), Map.of());
    }

    /**
     * The budget workbook pointing outside itself at the watched port in every way a workbook can: an external
     * workbook its formula reads (an external-link part with its path), an attached template, and hyperlinks, each a
     * relationship with {@code TargetMode="External"}.
     */
    public static Path xlsxLinkingOutside(Path file, NetworkWatch network) throws IOException {
        String external = " TargetMode=\"External\"/>";
        return xlsx(file, Map.of(
                "[Content_Types].xml", XLSX_PARTS.get("[Content_Types].xml").replace("</Types>",
                        "<Override PartName=\"/xl/externalLinks/externalLink1.xml\" ContentType=\"application/"
                                + "vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml\"/></Types>"),
                WORKBOOK, XLSX_PARTS.get(WORKBOOK).replace("</sheets>",
                        "</sheets><externalReferences><externalReference r:id=\"rId3\"/></externalReferences>"),
                "xl/_rels/workbook.xml.rels", relationships(relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                        + relationship("rId2", "sharedStrings", "sharedStrings.xml")
                        + relationship("rId3", "externalLink", "externalLinks/externalLink1.xml")
                        + relationship("rId4", "attachedTemplate", network.url("template.xltx"))
                                .replace("/>", external)),
                "xl/externalLinks/externalLink1.xml", DECLARATION + "<externalLink xmlns=\"" + MAIN + "\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                        + "<externalBook r:id=\"rId1\"><sheetNames><sheetName val=\"Anggaran\"/></sheetNames>"
                        + "<sheetDataSet><sheetData sheetId=\"0\"><row r=\"2\"><cell r=\"B2\"><v>2995981596</v>"
                        + "</cell></row></sheetData></sheetDataSet></externalBook></externalLink>",
                "xl/externalLinks/_rels/externalLink1.xml.rels", relationships(relationship("rId1", "externalLinkPath",
                        network.url("sumber.xlsx")).replace("/>", external)),
                SHEET, DECLARATION + "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
                        + "officeDocument/2006/relationships\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"s\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c>"
                        + "<c r=\"B2\"><f>[1]Anggaran!B2</f><v>2995981596</v></c></row></sheetData>"
                        + "<hyperlinks><hyperlink ref=\"A2\" r:id=\"rId1\"/></hyperlinks></worksheet>",
                "xl/worksheets/_rels/sheet1.xml.rels", relationships(relationship("rId1", "hyperlink",
                        network.url("tautan")).replace("/>", external))));
    }

    /**
     * {@code length} characters of {@code filler} with a random letter every {@code every} on average: text that
     * packs about {@code every / 4} times, so that a large part is not mistaken for a bomb.
     */
    public static String sparseText(int length, int every, char filler, long seed) {
        Random random = new Random(seed);
        char[] text = new char[length];
        for (int i = 0; i < length; i++) {
            text[i] = random.nextInt(every) == 0 ? (char) ('a' + random.nextInt(26)) : filler;
        }
        return new String(text);
    }
}

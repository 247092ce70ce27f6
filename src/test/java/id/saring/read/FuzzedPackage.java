package id.saring.read;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipOutputStream;

/**
 * An xlsx package whose XML parts a fuzzer writes: random bytes rarely make a zip, so the fuzz targets of what
 * reads or patches a workbook ({@code XlsxReaderFuzzTest}, {@code XlsxPatchFuzzTest}) write the parts a reader
 * parses into an otherwise valid package.
 */
public final class FuzzedPackage {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String TYPES = HostileFiles.contentTypes("xl/workbook.xml", "xl/worksheets/sheet1.xml",
            "xl/sharedStrings.xml", "xl/styles.xml");
    private static final String PACKAGE_RELS = HostileFiles.relationships(
            HostileFiles.relationship("rId1", "officeDocument", "xl/workbook.xml"));
    private static final String WORKBOOK_RELS = HostileFiles.relationships(
            HostileFiles.relationship("rId1", "worksheet", "worksheets/sheet1.xml")
                    + HostileFiles.relationship("rId2", "sharedStrings", "sharedStrings.xml")
                    + HostileFiles.relationship("rId3", "styles", "styles.xml"));

    /**
     * The parts the fuzzer may replace or leave out, in the order it decides on them, each with its valid content:
     * 003 l.563-564 (capaian 91,19% as a percent cell, a formula's cached value, a label merged over two cells).
     */
    public static final List<String> PART_NAMES = List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
            "xl/styles.xml", "xl/workbook.xml");
    public static final List<String> VALID_PARTS = List.of(
            "<worksheet xmlns=\"" + MAIN + "\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" s=\"1\"><v>0.9119</v></c></row>"
                    + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\"><f>B1*100</f><v>91.19</v></c></row>"
                    + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>Jumlah</t></is></c></row>"
                    + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A3:B3\"/></mergeCells></worksheet>",
            "<sst xmlns=\"" + MAIN + "\" count=\"2\" uniqueCount=\"2\"><si><t>Capaian</t></si>"
                    + "<si><t>Indeks Kepuasan masyarakat</t></si></sst>",
            "<styleSheet xmlns=\"" + MAIN + "\"><fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills>"
                    + "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>"
                    + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>",
            HostileFiles.workbook("IKU"));
    /** Longest part the fuzzer writes, in characters: far more than libFuzzer's inputs hold. */
    private static final int LONGEST_PART = 1 << 16;

    private FuzzedPackage() {
    }

    /**
     * For each part, a byte from the end of the input says: 0 keeps the valid part, 1 replaces it with text from
     * the front of the input (up to a single backslash; {@code \\} stands for one), 2 leaves it out.
     */
    public static Map<String, String> parts(FuzzedDataProvider data) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < PART_NAMES.size(); i++) {
            switch (data.consumeInt(0, 2)) {
                case 0 -> parts.put(PART_NAMES.get(i), VALID_PARTS.get(i));
                case 1 -> parts.put(PART_NAMES.get(i), data.consumeString(LONGEST_PART));
                default -> {
                    // left out
                }
            }
        }
        return parts;
    }

    /** The package of {@code parts} with the content types and relationships of the four parts. */
    public static byte[] of(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            PackageParts.put(zip, "[Content_Types].xml", TYPES);
            PackageParts.put(zip, "_rels/.rels", PACKAGE_RELS);
            PackageParts.put(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
            for (Map.Entry<String, String> part : parts.entrySet()) {
                PackageParts.put(zip, part.getKey(), part.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The four valid parts. */
    public static Map<String, String> validParts() {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < PART_NAMES.size(); i++) {
            parts.put(PART_NAMES.get(i), VALID_PARTS.get(i));
        }
        return parts;
    }
}

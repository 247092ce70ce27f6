package id.saring.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The fixed parts of an xlsx package (content types, relationships, workbook, styles) that both writers of the
 * generator share, and the escaping of cell text.
 *
 * <p>Every zip entry gets the same timestamp, so that a fixed seed gives the same bytes on every run and every
 * machine: a benchmark input that changes between two runs would measure the change, not the tool.
 */
final class OoxmlParts {

    /** 2024-01-02 00:00 UTC: after the 2023 reports the generator imitates, before anyone benchmarks them. */
    static final long ENTRY_TIME = 1_704_153_600_000L;

    /** Style indexes of {@link #STYLES}, in the order of its {@code cellXfs}. */
    enum Style {
        /** Excel's General: what a typed number or text shows. */
        GENERAL,
        /** {@code #,##0}: how agencies format rupiah amounts (built-in format 3). */
        THOUSANDS,
        /** {@code 0.00}: targets and realisations typed with two decimals (built-in format 2). */
        TWO_DECIMALS,
        /** {@code 0.00%}: a capaian or serapan stored as a fraction, shown as a percent (built-in format 10). */
        PERCENT_TWO_DECIMALS,
        /** {@code 0%} (built-in format 9), as seed 001's tables show their percents. */
        PERCENT,
        /** Bold, wrapped: header and title cells. */
        HEADER
    }

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
            <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill>\
            <fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="6">\
            <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">\
            <alignment wrapText="1" vertical="center"/></xf>\
            </cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
            </styleSheet>""";

    private OoxmlParts() {
    }

    /** Writes every part but the worksheets and the shared strings, for sheets named {@code sheetNames}. */
    static void writeFixedParts(ZipOutputStream zip, List<String> sheetNames, boolean sharedStrings)
            throws IOException {
        StringBuilder types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/styles.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        if (sharedStrings) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        StringBuilder sheets = new StringBuilder();
        StringBuilder rels = new StringBuilder(RELS_HEAD);
        for (int i = 1; i <= sheetNames.size(); i++) {
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(i).append(".xml\" ContentType=\"")
                    .append("application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            sheets.append("<sheet name=\"").append(escape(sheetNames.get(i - 1))).append("\" sheetId=\"").append(i)
                    .append("\" r:id=\"rId").append(i).append("\"/>");
            rels.append(relationship("rId" + i, "worksheet", "worksheets/sheet" + i + ".xml"));
        }
        int next = sheetNames.size() + 1;
        rels.append(relationship("rId" + next, "styles", "styles.xml"));
        if (sharedStrings) {
            rels.append(relationship("rId" + (next + 1), "sharedStrings", "sharedStrings.xml"));
        }
        types.append("</Types>");
        rels.append("</Relationships>");
        part(zip, "[Content_Types].xml", types.toString());
        part(zip, "_rels/.rels", RELS_HEAD + relationship("rId1", "officeDocument", "xl/workbook.xml")
                + "</Relationships>");
        part(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets>""" + sheets + "</sheets></workbook>");
        part(zip, "xl/_rels/workbook.xml.rels", rels.toString());
        part(zip, "xl/styles.xml", STYLES);
    }

    /** Opens a zip entry with the fixed timestamp. */
    static void begin(ZipOutputStream zip, String name) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    static void part(ZipOutputStream zip, String name, String xml) throws IOException {
        begin(zip, name);
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** Cell text as XML character data; the generator's texts hold no control characters. */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (entity != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (entity != null) {
                    out.append(entity);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** The A1 name of a zero-based column: 0 is A, 26 is AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            name.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return name.toString();
    }

    private static final String RELS_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";

    private static String relationship(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }
}

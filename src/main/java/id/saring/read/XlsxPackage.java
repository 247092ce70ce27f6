package id.saring.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a streaming reader needs to know of an xlsx package before its rows: whether it has a styles part
 * (minimal packages have none), and the merged ranges of each sheet. A sheet lists its merged ranges after
 * its rows, too late for a streaming reader, so they are read first in a separate pass over the sheets' XML.
 * Sheets larger than {@value #LARGEST_SHEET_BYTES} bytes are left out: their tables are data, not layout, and
 * a second pass would double their reading time. Anything unexpected yields no merges; the workbook's own
 * reader reports damage. Read only after {@link PackageLimits} passed the package.
 *
 * @param merges              merged ranges by sheet name
 * @param styles              true when the workbook has a styles part (number formats)
 * @param sharedStringsBytes  the unpacked size of the shared-strings part ({@code [Content_Types].xml} names it), 0
 *                            when there is none
 */
record XlsxPackage(Map<String, List<MergedRegions.Region>> merges, boolean styles, long sharedStringsBytes) {

    static final long LARGEST_SHEET_BYTES = 16L * 1024 * 1024;
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final String STYLES = RELATIONSHIPS + "/styles";
    private static final String SHARED_STRINGS =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

    /** The package's styles and merges; with styles and no merges when it cannot be read. */
    static XlsxPackage of(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, String> idBySheet = sheets(zip);
            Map<String, String> targetById = new HashMap<>();
            boolean[] styles = new boolean[1];
            forEachElement(zip, "xl/_rels/workbook.xml.rels", "Relationship", r -> {
                targetById.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
                styles[0] |= STYLES.equals(r.getAttributeValue(null, "Type"));
            });
            Map<String, List<MergedRegions.Region>> merges = new HashMap<>();
            for (Map.Entry<String, String> sheet : idBySheet.entrySet()) {
                String target = targetById.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                ZipEntry entry = zip.getEntry(target.startsWith("/") ? target.substring(1) : "xl/" + target);
                if (entry == null || entry.getSize() < 0 || entry.getSize() > LARGEST_SHEET_BYTES) {
                    continue;
                }
                List<MergedRegions.Region> regions = mergeCells(zip, entry);
                if (!regions.isEmpty()) {
                    merges.put(sheet.getKey(), regions);
                }
            }
            return new XlsxPackage(merges, styles[0], sharedStringsBytes(zip));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            return new XlsxPackage(Map.of(), true, 0);
        }
    }

    /**
     * The size of the largest part {@code [Content_Types].xml} calls shared strings, found as FastExcel finds it:
     * by its exact name, else ignoring case.
     */
    private static long sharedStringsBytes(ZipFile zip) throws IOException, XMLStreamException {
        List<String> names = new ArrayList<>();
        forEachElement(zip, "[Content_Types].xml", "Override", r -> {
            String part = r.getAttributeValue(null, "PartName");
            if (SHARED_STRINGS.equals(r.getAttributeValue(null, "ContentType")) && part != null) {
                names.add(part.startsWith("/") ? part.substring(1) : part);
            }
        });
        long largest = 0;
        for (String name : names) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                entry = zip.stream().filter(e -> e.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
            }
            largest = Math.max(largest, entry == null ? 0 : entry.getSize());
        }
        return largest;
    }

    /** Sheet name to relationship id, from {@code xl/workbook.xml}. */
    private static Map<String, String> sheets(ZipFile zip) throws IOException, XMLStreamException {
        Map<String, String> sheets = new LinkedHashMap<>();
        forEachElement(zip, "xl/workbook.xml", "sheet",
                // a sheet without a name is read under an empty one (XlsxReader); its merged ranges go with it
                r -> sheets.put(Objects.requireNonNullElse(r.getAttributeValue(null, "name"), ""),
                        r.getAttributeValue(RELATIONSHIPS, "id")));
        return sheets;
    }

    private static List<MergedRegions.Region> mergeCells(ZipFile zip, ZipEntry entry)
            throws IOException, XMLStreamException {
        List<MergedRegions.Region> regions = new ArrayList<>();
        forEachElement(zip, entry.getName(), "mergeCell",
                r -> regions.add(MergedRegions.Region.parse(r.getAttributeValue(null, "ref"))));
        return regions;
    }

    private interface ElementHandler {
        void handle(XMLStreamReader reader);
    }

    private static void forEachElement(ZipFile zip, String part, String localName, ElementHandler handler)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = XmlInput.open(in, false);
            try {
                while (reader.hasNext()) {
                    if (reader.next() == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals(localName)) {
                        handler.handle(reader);
                    }
                }
            } finally {
                reader.close();
            }
        }
    }
}

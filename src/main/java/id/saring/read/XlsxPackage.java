package id.saring.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What a streaming reader needs to know of an xlsx package before its rows: whether it has a styles part
 * (minimal packages have none), and the merged ranges of each sheet. A sheet lists its merged ranges after
 * its rows, too late for a streaming reader, so they are read first, in one pass over every part of the package
 * that also refuses a cell beyond column XFD ({@link XlsxColumnLimit}). Sheets larger than
 * {@value #LARGEST_SHEET_BYTES} bytes give no merged ranges: their tables are data, not layout, and their ranges
 * would be held in memory. When a part this needs cannot be read there are no merges; the workbook's own reader
 * reports damage. Read only after {@link PackageLimits} passed the package.
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
    private static final String WORKBOOK = "xl/workbook.xml";
    private static final String WORKBOOK_RELATIONSHIPS = "xl/_rels/workbook.xml.rels";
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    /** What is known of a package that cannot be read: it may have styles, it has no merges. */
    private static final XlsxPackage UNKNOWN = new XlsxPackage(Map.of(), true, 0);

    /**
     * The package's styles and merges; with styles and no merges when it cannot be read.
     *
     * @throws UnreadableFileException when a part names a cell beyond column XFD
     */
    static XlsxPackage of(Path file) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Parts parts = new Parts();
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory()) {
                    parts.read(zip, entry);
                }
            }
            return parts.of(zip);
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    /** What the parts of one package say, gathered as each is streamed. */
    private static final class Parts {
        /** Sheet name to relationship id, from {@code xl/workbook.xml}. */
        final Map<String, String> sheets = new LinkedHashMap<>();
        final Map<String, String> targetById = new HashMap<>();
        boolean styles;
        /** The parts {@code [Content_Types].xml} calls shared strings. */
        final List<String> sharedStrings = new ArrayList<>();
        /** The merged ranges ({@code A1:C1}) of each part not larger than a sheet may be. */
        final Map<String, List<String>> mergesByPart = new HashMap<>();
        /** The parts whose XML could not be read to the end. */
        final Set<String> damaged = new HashSet<>();

        /**
         * Streams one part with the parser FastExcel reads it with: FastExcel reads whatever part the workbook's
         * relationships name as a sheet, whatever its root element (FUZZING.md finding 6), so every part is
         * checked for cells beyond column XFD.
         */
        void read(ZipFile zip, ZipEntry entry) throws UnreadableFileException {
            String part = entry.getName();
            boolean mayHoldMerges = entry.getSize() >= 0 && entry.getSize() <= LARGEST_SHEET_BYTES;
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader reader = XmlInput.asFastExcel(in);
                try {
                    while (reader.hasNext()) {
                        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
                            element(part, reader, mayHoldMerges);
                        }
                    }
                } finally {
                    reader.close();
                }
            } catch (IOException | XMLStreamException | RuntimeException e) {
                // not XML, or damaged: FastExcel's parser stops at the same place, after the cells seen here, and
                // the workbook's reader reports it if the part is one it needs
                damaged.add(part);
            }
        }

        private void element(String part, XMLStreamReader reader, boolean mayHoldMerges)
                throws UnreadableFileException {
            switch (reader.getLocalName()) {
                case "c" -> XlsxColumnLimit.check(part, reader.getAttributeValue(null, "r"));
                case "mergeCell" -> {
                    if (mayHoldMerges) {
                        mergesByPart.computeIfAbsent(part, k -> new ArrayList<>())
                                .add(reader.getAttributeValue(null, "ref"));
                    }
                }
                case "sheet" -> {
                    if (part.equals(WORKBOOK)) {
                        // a sheet without a name is read under an empty one (XlsxReader); its merged ranges go with it
                        sheets.put(Objects.requireNonNullElse(reader.getAttributeValue(null, "name"), ""),
                                reader.getAttributeValue(RELATIONSHIPS, "id"));
                    }
                }
                case "Relationship" -> {
                    if (part.equals(WORKBOOK_RELATIONSHIPS)) {
                        targetById.put(reader.getAttributeValue(null, "Id"), reader.getAttributeValue(null, "Target"));
                        styles |= STYLES.equals(reader.getAttributeValue(null, "Type"));
                    }
                }
                case "Override" -> {
                    String name = reader.getAttributeValue(null, "PartName");
                    if (part.equals(CONTENT_TYPES) && SHARED_STRINGS.equals(reader.getAttributeValue(null,
                            "ContentType")) && name != null) {
                        sharedStrings.add(name.startsWith("/") ? name.substring(1) : name);
                    }
                }
                default -> {
                }
            }
        }

        /** The package these parts make; {@link #UNKNOWN} when a part it is made of could not be read. */
        XlsxPackage of(ZipFile zip) {
            if (damaged.contains(WORKBOOK) || damaged.contains(WORKBOOK_RELATIONSHIPS)
                    || damaged.contains(CONTENT_TYPES)) {
                return UNKNOWN;
            }
            Map<String, List<MergedRegions.Region>> merges = new HashMap<>();
            for (Map.Entry<String, String> sheet : sheets.entrySet()) {
                String target = targetById.get(sheet.getValue());
                if (target == null) {
                    continue;
                }
                ZipEntry entry = zip.getEntry(target.startsWith("/") ? target.substring(1) : "xl/" + target);
                if (entry == null || entry.getSize() < 0 || entry.getSize() > LARGEST_SHEET_BYTES) {
                    continue;
                }
                if (damaged.contains(entry.getName())) {
                    return UNKNOWN;
                }
                List<MergedRegions.Region> regions = new ArrayList<>();
                mergesByPart.getOrDefault(entry.getName(), List.of())
                        .forEach(ref -> regions.add(MergedRegions.Region.parse(ref)));
                if (!regions.isEmpty()) {
                    merges.put(sheet.getKey(), regions);
                }
            }
            return new XlsxPackage(merges, styles, sharedStringsBytes(zip));
        }

        /**
         * The size of the largest part {@code [Content_Types].xml} calls shared strings, found as FastExcel finds
         * it: by its exact name, else ignoring case.
         */
        private long sharedStringsBytes(ZipFile zip) {
            long largest = 0;
            for (String name : sharedStrings) {
                ZipEntry entry = zip.getEntry(name);
                if (entry == null) {
                    entry = zip.stream().filter(e -> e.getName().equalsIgnoreCase(name)).findFirst().orElse(null);
                }
                largest = Math.max(largest, entry == null ? 0 : entry.getSize());
            }
            return largest;
        }
    }
}

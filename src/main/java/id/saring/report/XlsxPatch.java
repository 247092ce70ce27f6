package id.saring.report;

import static id.saring.report.Ooxml.CONTENT_TYPES;
import static id.saring.report.Ooxml.DECLARATION;
import static id.saring.report.Ooxml.MAIN;
import static id.saring.report.Ooxml.PACKAGE_RELATIONSHIPS;
import static id.saring.report.Ooxml.RELATIONSHIPS;
import static id.saring.report.Ooxml.RELATIONSHIPS_TYPE;

import com.fasterxml.aalto.stax.OutputFactoryImpl;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Severity;
import id.saring.read.XmlInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.Deflater;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.TransformerException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.CellReference;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The annotated copy of an {@code .xlsx} made by patching its package: every part is copied as it is, compressed
 * bytes and all, except the sheets that hold a finding's cell, the styles and the content types, to which the
 * marks are added; each marked sheet gets a comments part and its VML drawing. The copy is what {@link
 * WorkbookCopy} and {@link CellMarker} make through POI (same cells, fills, comments and boxes), at a fraction of
 * the cost: POI parses every part of the workbook into objects and writes every part again (in the 1,000-workbook
 * folder of BENCHMARKS.md, 28 % of the run's time went to the 403 copies with findings).
 *
 * <p>An input that fits in memory is patched in memory ({@link #annotate}); a bigger one is read and checked first
 * ({@link #plan}) and written as its marked sheets stream by when its copy is written ({@link #write}), in bounded
 * memory and keeping its formatting, which POI could not open.
 *
 * <p>A package this patch does not handle is left to POI: a marked sheet with comments or a VML drawing of its own
 * (the agency's comments go below the findings, which POI does), a row or cell without its reference, a finding on
 * a chart sheet, a styles part that is missing, or anything it cannot parse. {@link #annotate} and {@link #plan}
 * then give nothing.
 */
final class XlsxPatch implements AutoCloseable {

    private static final String COMMENTS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    /**
     * Aalto's writer (its factory makes each writer its own configuration, so threads may share it): twice as fast as
     * the JDK's on a sheet of 150,000 rows. Aalto reads the sheets too, as FastExcel does.
     */
    private static final XMLOutputFactory OUTPUT = new OutputFactoryImpl();
    /** The elements of a worksheet that come after {@code legacyDrawing}, which goes before the first of them. */
    private static final Set<String> AFTER_LEGACY_DRAWING = Set.of("legacyDrawingHF", "drawingHF", "picture",
            "oleObjects", "controls", "webPublishItems", "tableParts", "extLst");
    private static final SpreadsheetVersion LIMITS = SpreadsheetVersion.EXCEL2007;

    /**
     * The patched copy.
     *
     * @param extension {@code xlsm} for a macro-enabled workbook, else {@code xlsx}
     * @param sheets    the sheet names, which the copy keeps, in order
     */
    record Patched(byte[] bytes, String extension, Map<String, String> sheets) {
    }

    /** A package this patch leaves to POI. */
    static final class NotHandled extends Exception {
        NotHandled(String why) {
            super(why, null, false, false);
        }
    }

    private record Relationship(String id, String type, String target) {
    }

    private record SheetPart(String name, String path) {
    }

    private record Place(int sheet, int row, int column) {
    }

    /** A marked sheet's merged ranges, column formats and the cells of some rows, read before it is rewritten. */
    private static final class SheetFacts {
        final List<int[]> merged = new ArrayList<>();
        final TreeMap<Integer, int[]> columnFormats = new TreeMap<>();
        /** For each row asked about, its cells in order as {column, 1 when it shows something}. */
        final Map<Integer, List<int[]>> cellsOfRows = new HashMap<>();
    }

    /** A marked sheet: its notes, what was read of it, and its drawing's relationship id. */
    private record Marked(Map<Place, CellNote> notes, SheetFacts facts, String vmlId) {
    }

    private final ZipFile zip;
    private final MessageCatalog messages;
    private final Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
    /** Each entry's name by its name in lower case: a package's part names are compared ignoring case. */
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, byte[]> replaced = new HashMap<>();
    private final Map<String, byte[]> added = new LinkedHashMap<>();
    private final Map<String, Marked> marked = new HashMap<>();
    private BitSet blankStrings;
    private String extension;
    private Map<String, String> sheetNames;
    private String stylesPart;
    /** The shared strings part, null when the workbook has none. */
    private String sharedStrings;
    private PatchedStyles formats;

    private XlsxPatch(ZipFile zip, MessageCatalog messages) {
        this.zip = zip;
        this.messages = messages;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            entries.put(entry.getName(), entry);
            names.put(entry.getName().toLowerCase(Locale.ROOT), entry.getName());
        }
    }

    /**
     * The copy of {@code content}, an {@code .xlsx} read by the run, with the cells of {@code findings} marked; empty
     * when the package is not one this patch handles, which POI then opens.
     */
    static Optional<Patched> annotate(byte[] content, List<Finding> findings, MessageCatalog messages) {
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            XlsxPatch patch = new XlsxPatch(zip, messages);
            patch.plan(findings);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            patch.write(bytes);
            return Optional.of(new Patched(bytes.toByteArray(), patch.extension, patch.sheetNames));
        } catch (Exception notHandled) {
            // NotHandled, or a part this patch cannot parse, which POI may still read
            return Optional.empty();
        }
    }

    /**
     * The patch of {@code file}, an {@code .xlsx} too big to hold in memory, with everything read and checked but
     * the copy not yet written ({@link #write}, then {@link #close}); empty when the package is not one this patch
     * handles. The sheets are read once here and once as the copy is written, as they stream by.
     */
    static Optional<XlsxPatch> plan(Path file, List<Finding> findings, MessageCatalog messages) {
        ZipFile zip = null;
        try {
            zip = ZipFile.builder().setPath(file).get();
            XlsxPatch patch = new XlsxPatch(zip, messages);
            patch.plan(findings);
            return Optional.of(patch);
        } catch (Exception notHandled) {
            if (zip != null) {
                ZipFile.closeQuietly(zip);
            }
            return Optional.empty();
        }
    }

    /** {@code xlsm} for a macro-enabled workbook, else {@code xlsx}. */
    String extension() {
        return extension;
    }

    /** The sheet names, which the copy keeps, in order. */
    Map<String, String> sheets() {
        return sheetNames;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private void plan(List<Finding> findings) throws Exception {
        if (names.size() != Collections.list(zip.getEntries()).size()) {
            throw new NotHandled("two entries of one name");
        }
        String workbook = named(target("", relationships("_rels/.rels"), "/officeDocument"));
        Map<String, String> byId = new HashMap<>();
        String styles = null;
        for (Relationship r : relationships(relsOf(workbook))) {
            byId.put(r.id(), r.type().endsWith("/worksheet") ? named(resolve(workbook, r.target())) : null);
            if (r.type().endsWith("/styles")) {
                styles = named(resolve(workbook, r.target()));
            } else if (r.type().endsWith("/sharedStrings")) {
                sharedStrings = named(resolve(workbook, r.target()));
            }
        }
        List<SheetPart> sheets = sheets(workbook, byId);
        if (sheets.isEmpty() || styles == null || !has(styles)) {
            throw new NotHandled("no sheets or no styles");
        }
        sheetNames = new LinkedHashMap<>();
        sheets.forEach(s -> sheetNames.put(s.name(), s.name()));
        extension = contentTypes().toLowerCase(Locale.ROOT).contains("macroenabled") ? "xlsm" : "xlsx";
        stylesPart = styles;

        Map<Integer, SheetFacts> facts = new HashMap<>();
        // the rows whose first cell with content a finding about the whole row needs, per sheet
        Map<Integer, Set<Integer>> rowsAsked = new HashMap<>();
        for (Finding f : findings) {
            int sheet = sheetOf(f.location(), sheets);
            Set<Integer> rows = rowsAsked.computeIfAbsent(sheet, k -> new HashSet<>());
            if (f.location().row() > 0 && f.location().column() < 0 && !f.location().sheet().isEmpty()) {
                rows.add(f.location().row() - 1);
            }
        }
        for (Map.Entry<Integer, Set<Integer>> asked : rowsAsked.entrySet()) {
            facts.put(asked.getKey(), facts(sheets.get(asked.getKey()).path(), asked.getValue()));
        }
        TreeMap<Place, CellNote> notes = new TreeMap<>(Comparator.comparingInt(Place::sheet)
                .thenComparingInt(Place::row).thenComparingInt(Place::column));
        for (Finding f : findings) {
            Place place = place(f.location(), sheets, facts);
            notes.merge(place, new CellNote(List.of(f)), (a, b) -> a.with(b.findings().get(0)));
        }
        formats = new PatchedStyles(read(styles));
        int drawing = 1;
        List<String> commentParts = new ArrayList<>();
        for (int s = 0; s < sheets.size(); s++) {
            int sheet = s;
            Map<Place, CellNote> ofSheet = new TreeMap<>(notes.comparator());
            notes.forEach((p, n) -> {
                if (p.sheet() == sheet) {
                    ofSheet.put(p, n);
                }
            });
            if (ofSheet.isEmpty()) {
                continue;
            }
            while (has("xl/comments" + drawing + ".xml") || has("xl/drawings/vmlDrawing" + drawing + ".vml")) {
                drawing++;
            }
            SheetPart part = sheets.get(sheet);
            String comments = "xl/comments" + drawing + ".xml";
            String vml = "xl/drawings/vmlDrawing" + drawing + ".vml";
            String vmlId = relateComments(part.path(), comments, vml);
            marked.put(part.path(), new Marked(ofSheet, facts.get(sheet), vmlId));
            // each note's text, rendered once for its comment and its box
            Map<Place, String> texts = new TreeMap<>(notes.comparator());
            ofSheet.forEach((p, n) -> texts.put(p, n.text(messages)));
            added.put(comments, comments(texts));
            added.put(vml, vml(texts, drawing));
            commentParts.add(comments);
            drawing++;
        }
        replaced.put(named("[Content_Types].xml"), contentTypesWith(commentParts));
    }

    // --- the package's parts and relationships

    private byte[] read(String part) throws IOException, NotHandled {
        try (InputStream in = open(part)) {
            return in.readAllBytes();
        }
    }

    /** The entry's own name of {@code part}, in whatever case the package writes it; {@code part} when none. */
    private String named(String part) {
        return names.getOrDefault(part.toLowerCase(Locale.ROOT), part);
    }

    private boolean has(String part) {
        return names.containsKey(part.toLowerCase(Locale.ROOT));
    }

    private InputStream open(String part) throws IOException, NotHandled {
        ZipArchiveEntry entry = entries.get(named(part));
        if (entry == null) {
            throw new NotHandled("no part " + part);
        }
        return zip.getInputStream(entry);
    }

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private List<Relationship> relationships(String rels) throws Exception {
        List<Relationship> found = new ArrayList<>();
        if (!has(rels)) {
            return found;
        }
        XMLStreamReader in = XmlInput.open(new ByteArrayInputStream(read(rels)), true);
        while (in.hasNext()) {
            if (in.next() == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("Relationship")) {
                if ("External".equals(in.getAttributeValue(null, "TargetMode"))) {
                    found.add(new Relationship(in.getAttributeValue(null, "Id"), in.getAttributeValue(null, "Type"),
                            null));
                } else {
                    found.add(new Relationship(in.getAttributeValue(null, "Id"), in.getAttributeValue(null, "Type"),
                            in.getAttributeValue(null, "Target")));
                }
            }
        }
        return found;
    }

    private static String target(String source, List<Relationship> relationships, String typeEnd)
            throws NotHandled {
        for (Relationship r : relationships) {
            if (r.type() != null && r.type().endsWith(typeEnd) && r.target() != null) {
                return resolve(source, r.target());
            }
        }
        throw new NotHandled("no relationship " + typeEnd);
    }

    /** The part {@code target} names from the part {@code source} ({@code ""} for the package). */
    private static String resolve(String source, String target) throws NotHandled {
        if (target == null) {
            throw new NotHandled("an external part");
        }
        String base = target.startsWith("/") ? "" : source.substring(0, source.lastIndexOf('/') + 1);
        List<String> segments = new ArrayList<>();
        for (String segment : (base + target).split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    throw new NotHandled("a target outside the package");
                }
                segments.remove(segments.size() - 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    /** {@code to} as a target written in the relationships of {@code from}. */
    private static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder path = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            path.append("../");
        }
        for (int i = common; i < b.length; i++) {
            path.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return path.toString();
    }

    private List<SheetPart> sheets(String workbook, Map<String, String> byId) throws Exception {
        List<SheetPart> sheets = new ArrayList<>();
        XMLStreamReader in = XmlInput.open(new ByteArrayInputStream(read(workbook)), true);
        while (in.hasNext()) {
            if (in.next() == XMLStreamConstants.START_ELEMENT && in.getLocalName().equals("sheet")
                    && MAIN.equals(in.getNamespaceURI())) {
                String id = in.getAttributeValue(RELATIONSHIPS, "id");
                // a chart sheet has no cells to mark: a finding on it is left to POI
                sheets.add(new SheetPart(in.getAttributeValue(null, "name"), byId.get(id)));
            }
        }
        return sheets;
    }

    private String contentTypes() throws IOException, NotHandled {
        return new String(read("[Content_Types].xml"), StandardCharsets.UTF_8);
    }

    /**
     * Adds to the sheet's relationships (made when it has none) its comments part and their drawing; returns the
     * drawing's relationship id. A sheet with comments or a drawing of comments of its own is left to POI.
     */
    private String relateComments(String sheet, String comments, String vml) throws Exception {
        String rels = named(relsOf(sheet));
        boolean existing = has(rels);
        Document doc = existing ? XmlDocuments.parse(read(rels))
                : XmlDocuments.newDocument(PACKAGE_RELATIONSHIPS, "Relationships");
        Element root = doc.getDocumentElement();
        Set<String> ids = new HashSet<>();
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                String type = e.getAttribute("Type");
                if (type.endsWith("/comments") || type.endsWith("/vmlDrawing")) {
                    throw new NotHandled("the sheet has comments of its own");
                }
                ids.add(e.getAttribute("Id"));
            }
        }
        String vmlId = relationship(root, ids, RELATIONSHIPS + "/vmlDrawing", relative(sheet, vml));
        relationship(root, ids, RELATIONSHIPS + "/comments", relative(sheet, comments));
        (existing ? replaced : added).put(rels, XmlDocuments.serialise(doc));
        return vmlId;
    }

    /** Appends a relationship under the first id {@code rId1}, {@code rId2}… not in {@code ids}; returns the id. */
    private static String relationship(Element root, Set<String> ids, String type, String target) {
        int n = 1;
        while (ids.contains("rId" + n)) {
            n++;
        }
        String id = "rId" + n;
        ids.add(id);
        Element r = root.getOwnerDocument().createElementNS(PACKAGE_RELATIONSHIPS, "Relationship");
        r.setAttribute("Id", id);
        r.setAttribute("Type", type);
        r.setAttribute("Target", target);
        root.appendChild(r);
        return id;
    }

    /**
     * The content types with the comments parts added, and the defaults for {@code .vml} and {@code .rels} where the
     * package has none: some packages name each of their relationship parts on its own instead, and a part added
     * without a content type makes the package unreadable.
     */
    private byte[] contentTypesWith(List<String> commentParts) throws Exception {
        Document doc = XmlDocuments.parse(read("[Content_Types].xml"));
        Element root = doc.getDocumentElement();
        Set<String> defaults = new HashSet<>();
        for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("Default")) {
                defaults.add(e.getAttribute("Extension").toLowerCase(Locale.ROOT));
            }
        }
        if (!commentParts.isEmpty() && !defaults.contains("vml")) {
            root.insertBefore(defaultType(doc, "vml", VML_TYPE), root.getFirstChild());
        }
        if (added.keySet().stream().anyMatch(name -> name.endsWith(".rels")) && !defaults.contains("rels")) {
            root.insertBefore(defaultType(doc, "rels", RELATIONSHIPS_TYPE), root.getFirstChild());
        }
        for (String part : commentParts) {
            Element o = doc.createElementNS(CONTENT_TYPES, "Override");
            o.setAttribute("PartName", "/" + part);
            o.setAttribute("ContentType", COMMENTS_TYPE);
            root.appendChild(o);
        }
        return XmlDocuments.serialise(doc);
    }

    private static Element defaultType(Document doc, String extension, String type) {
        Element d = doc.createElementNS(CONTENT_TYPES, "Default");
        d.setAttribute("Extension", extension);
        d.setAttribute("ContentType", type);
        return d;
    }

    /**
     * Writes the copy into {@code to}, which stays open: the parts not patched copied as they are stored, the marked
     * sheets rewritten as they stream by, then the styles (which the marks add formats to) and the parts added.
     */
    void write(OutputStream to) throws IOException, XMLStreamException, TransformerException {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(new KeptOpen(to))) {
            out.setLevel(Deflater.BEST_SPEED);
            for (Map.Entry<String, ZipArchiveEntry> e : entries.entrySet()) {
                String name = e.getKey();
                Marked sheet = marked.get(name);
                if (sheet != null) {
                    out.putArchiveEntry(new ZipArchiveEntry(name));
                    try (InputStream in = zip.getInputStream(e.getValue())) {
                        rewrite(in, out, sheet);
                    }
                    out.closeArchiveEntry();
                } else if (replaced.containsKey(name)) {
                    put(out, name, replaced.get(name));
                } else if (!name.equals(stylesPart)) {
                    try (InputStream raw = zip.getRawInputStream(e.getValue())) {
                        out.addRawArchiveEntry(e.getValue(), raw);
                    }
                }
            }
            put(out, stylesPart, formats.bytes());
            for (Map.Entry<String, byte[]> e : added.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
        }
    }

    private static void put(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    // --- where the findings go

    /** The index of the sheet a finding is on: its own, else the first. */
    private static int sheetOf(Location location, List<SheetPart> sheets) throws NotHandled {
        int index = indexOf(location, sheets);
        int sheet = Math.max(index, 0);
        if (sheets.get(sheet).path() == null) {
            throw new NotHandled("a finding on a chart sheet");
        }
        return sheet;
    }

    /** The index of the finding's sheet, named as POI finds it (ignoring case); -1 for none. */
    private static int indexOf(Location location, List<SheetPart> sheets) {
        if (!location.sheet().isEmpty()) {
            for (int s = 0; s < sheets.size(); s++) {
                if (sheets.get(s).name().equalsIgnoreCase(location.sheet())) {
                    return s;
                }
            }
        }
        return -1;
    }

    /** The cell a finding marks, as {@link WorkbookCopy} places it. */
    private static Place place(Location location, List<SheetPart> sheets, Map<Integer, SheetFacts> facts)
            throws NotHandled {
        int sheet = sheetOf(location, sheets);
        if (indexOf(location, sheets) < 0 || location.row() <= 0) {
            return new Place(sheet, 0, 0);
        }
        SheetFacts known = facts.get(sheet);
        int row = location.row() - 1;
        int column = location.column();
        if (column < 0) {
            column = 0;
            for (int[] cell : known.cellsOfRows.getOrDefault(row, List.of())) {
                if (cell[1] == 1) {
                    column = cell[0];
                    break;
                }
            }
        }
        for (int[] range : known.merged) {
            if (row >= range[0] && row <= range[2] && column >= range[1] && column <= range[3]) {
                return new Place(sheet, range[0], range[1]);
            }
        }
        return new Place(sheet, row, column);
    }

    /** Reads a sheet's merged ranges, row and column formats, and the cells of {@code rows}. */
    private SheetFacts facts(String part, Set<Integer> rows) throws Exception {
        SheetFacts facts = new SheetFacts();
        try (InputStream stream = open(part)) {
            readFacts(XmlInput.asFastExcel(stream), facts, rows);
        }
        return facts;
    }

    /**
     * Reads what {@link #facts} gives, and refuses what {@link #rewrite} could not write back as it is: a line
     * break or tab in an attribute, a carriage return in a text (a writer of XML writes them as they are, which a
     * parser reads back as a space or a line feed), a sheet without its {@code sheetData}.
     */
    private void readFacts(XMLStreamReader in, SheetFacts facts, Set<Integer> rows) throws Exception {
        boolean sheetData = false;
        int row = -1;
        int[] cell = null;
        String type = null;
        boolean formula = false;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                for (int i = 0; i < in.getAttributeCount(); i++) {
                    String attribute = in.getAttributeValue(i);
                    if (attribute.indexOf('\n') >= 0 || attribute.indexOf('\r') >= 0 || attribute.indexOf('\t') >= 0) {
                        throw new NotHandled("a line break or tab in an attribute");
                    }
                }
            } else if (event == XMLStreamConstants.CHARACTERS && in.getText().indexOf('\r') >= 0) {
                throw new NotHandled("a carriage return in a text");
            }
            if (event == XMLStreamConstants.START_ELEMENT && MAIN.equals(in.getNamespaceURI())) {
                switch (in.getLocalName()) {
                    case "sheetData" -> sheetData = true;
                    case "legacyDrawing" -> throw new NotHandled("the sheet has comments of its own");
                    case "col" -> {
                        String style = in.getAttributeValue(null, "style");
                        if (style != null) {
                            facts.columnFormats.put(Integer.parseInt(in.getAttributeValue(null, "min")) - 1,
                                    new int[] {Integer.parseInt(in.getAttributeValue(null, "max")) - 1,
                                        Integer.parseInt(style)});
                        }
                    }
                    case "row" -> {
                        String r = in.getAttributeValue(null, "r");
                        if (r == null) {
                            throw new NotHandled("a row without its number");
                        }
                        row = Integer.parseInt(r) - 1;
                    }
                    case "c" -> {
                        String r = in.getAttributeValue(null, "r");
                        if (r == null) {
                            throw new NotHandled("a cell without its reference");
                        }
                        cell = new int[] {new CellReference(r).getCol(), 0};
                        type = in.getAttributeValue(null, "t");
                        formula = false;
                        value.setLength(0);
                    }
                    case "f" -> formula = true;
                    case "v", "t" -> inValue = cell != null;
                    case "mergeCell" -> {
                        String ref = in.getAttributeValue(null, "ref");
                        int colon = ref == null ? -1 : ref.indexOf(':');
                        if (colon > 0) {
                            CellReference first = new CellReference(ref.substring(0, colon));
                            CellReference last = new CellReference(ref.substring(colon + 1));
                            facts.merged.add(new int[] {first.getRow(), first.getCol(), last.getRow(),
                                last.getCol()});
                        }
                    }
                    default -> {
                    }
                }
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inValue) {
                value.append(in.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT && MAIN.equals(in.getNamespaceURI())) {
                switch (in.getLocalName()) {
                    case "v", "t" -> inValue = false;
                    case "c" -> {
                        if (rows.contains(row)) {
                            cell[1] = shows(type, formula, value.toString()) ? 1 : 0;
                            facts.cellsOfRows.computeIfAbsent(row, k -> new ArrayList<>()).add(cell);
                        }
                        cell = null;
                    }
                    default -> {
                    }
                }
            }
        }
        if (!sheetData) {
            throw new NotHandled("a sheet without its rows");
        }
    }

    /** Whether a cell shows something, as POI tells a blank cell: no value, or text that is blank. */
    private boolean shows(String type, boolean formula, String value) throws Exception {
        if (formula) {
            return true;
        }
        if ("s".equals(type)) {
            return !value.isBlank() && !blankStrings().get(Integer.parseInt(value.strip()));
        }
        return !value.isBlank();
    }

    /** Which shared strings are blank, read once, when a finding about a whole row asks. */
    private BitSet blankStrings() throws Exception {
        if (blankStrings != null) {
            return blankStrings;
        }
        blankStrings = new BitSet();
        if (sharedStrings == null) {
            return blankStrings;
        }
        try (InputStream stream = open(sharedStrings)) {
            readBlanks(XmlInput.asFastExcel(stream));
        }
        return blankStrings;
    }

    private void readBlanks(XMLStreamReader in) throws XMLStreamException {
        int index = -1;
        int phonetic = 0;
        boolean inText = false;
        StringBuilder text = new StringBuilder();
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "si" -> {
                        index++;
                        text.setLength(0);
                    }
                    case "rPh" -> phonetic++;
                    case "t" -> inText = phonetic == 0;
                    default -> {
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                switch (in.getLocalName()) {
                    case "si" -> blankStrings.set(index, text.toString().isBlank());
                    case "rPh" -> phonetic--;
                    case "t" -> inText = false;
                    default -> {
                    }
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(in.getText());
            }
        }
    }

    // --- the marked sheet

    /**
     * The sheet's XML with each marked cell given its marked format (a cell that was not there is added, with the
     * format its row or column gives empty cells) and a {@code legacyDrawing} naming the comments' drawing.
     */
    private void rewrite(InputStream sheet, OutputStream to, Marked marked) throws XMLStreamException {
        Map<Place, CellNote> notes = marked.notes();
        SheetFacts facts = marked.facts();
        String vmlId = marked.vmlId();
        TreeMap<Integer, TreeMap<Integer, Integer>> marks = new TreeMap<>();
        for (Map.Entry<Place, CellNote> e : notes.entrySet()) {
            marks.computeIfAbsent(e.getKey().row(), k -> new TreeMap<>()).put(e.getKey().column(),
                    e.getValue().severity().ordinal());
        }
        XMLStreamReader in = XmlInput.asFastExcel(sheet);
        XMLStreamWriter out = OUTPUT.createXMLStreamWriter(to, "UTF-8");
        out.writeStartDocument("UTF-8", "1.0");
        String prefix = "";
        int depth = 0;
        boolean legacyWritten = false;
        TreeMap<Integer, Integer> rowMarks = null;
        int row = -1;
        Integer rowFormat = null;
        while (in.hasNext()) {
            int event = in.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    boolean main = MAIN.equals(in.getNamespaceURI());
                    String local = in.getLocalName();
                    if (depth == 0) {
                        prefix = in.getPrefix() == null ? "" : in.getPrefix();
                    }
                    if (main && depth == 1 && !legacyWritten && AFTER_LEGACY_DRAWING.contains(local)) {
                        legacy(out, prefix, vmlId);
                        legacyWritten = true;
                    }
                    String style = null;
                    if (main && local.equals("row")) {
                        row = Integer.parseInt(in.getAttributeValue(null, "r")) - 1;
                        addRowsBefore(out, prefix, marks, row, facts, formats);
                        rowMarks = marks.remove(row);
                        String custom = in.getAttributeValue(null, "customFormat");
                        String own = in.getAttributeValue(null, "s");
                        rowFormat = own != null && ("1".equals(custom) || "true".equals(custom))
                                ? Integer.valueOf(own) : null;
                    } else if (main && local.equals("c") && rowMarks != null) {
                        int column = new CellReference(in.getAttributeValue(null, "r")).getCol();
                        addCellsBefore(out, prefix, rowMarks, row, rowFormat, column, facts, formats);
                        Integer severity = rowMarks.remove(column);
                        if (severity != null) {
                            String own = in.getAttributeValue(null, "s");
                            style = Integer.toString(formats.marked(own == null ? 0 : Integer.parseInt(own),
                                    Severity.values()[severity]));
                        }
                    }
                    copyStart(in, out, style);
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    boolean main = MAIN.equals(in.getNamespaceURI());
                    if (main && in.getLocalName().equals("row") && rowMarks != null) {
                        addCellsBefore(out, prefix, rowMarks, row, rowFormat, Integer.MAX_VALUE, facts, formats);
                        rowMarks = null;
                    } else if (main && in.getLocalName().equals("sheetData")) {
                        addRowsBefore(out, prefix, marks, Integer.MAX_VALUE, facts, formats);
                    } else if (depth == 0 && !legacyWritten) {
                        legacy(out, prefix, vmlId);
                        legacyWritten = true;
                    }
                    out.writeEndElement();
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE ->
                    out.writeCharacters(in.getTextCharacters(), in.getTextStart(), in.getTextLength());
                case XMLStreamConstants.CDATA -> out.writeCData(in.getText());
                case XMLStreamConstants.COMMENT -> out.writeComment(in.getText());
                case XMLStreamConstants.PROCESSING_INSTRUCTION ->
                    out.writeProcessingInstruction(in.getPITarget(), in.getPIData());
                default -> {
                }
            }
        }
        out.writeEndDocument();
        out.flush();
    }

    private static void copyStart(XMLStreamReader in, XMLStreamWriter out, String style)
            throws XMLStreamException {
        String prefix = in.getPrefix() == null ? "" : in.getPrefix();
        out.writeStartElement(prefix, in.getLocalName(), in.getNamespaceURI() == null ? "" : in.getNamespaceURI());
        for (int i = 0; i < in.getNamespaceCount(); i++) {
            String p = in.getNamespacePrefix(i);
            if (p == null || p.isEmpty()) {
                out.writeDefaultNamespace(in.getNamespaceURI(i));
            } else {
                out.writeNamespace(p, in.getNamespaceURI(i));
            }
        }
        boolean styled = false;
        for (int i = 0; i < in.getAttributeCount(); i++) {
            String p = in.getAttributePrefix(i);
            String local = in.getAttributeLocalName(i);
            String value = in.getAttributeValue(i);
            if (style != null && (p == null || p.isEmpty()) && local.equals("s")) {
                value = style;
                styled = true;
            }
            if (p == null || p.isEmpty()) {
                out.writeAttribute(local, value);
            } else {
                out.writeAttribute(p, in.getAttributeNamespace(i), local, value);
            }
        }
        if (style != null && !styled) {
            out.writeAttribute("s", style);
        }
    }

    /** The marked rows before {@code row} that the sheet lacks, each with its marked cells. */
    private static void addRowsBefore(XMLStreamWriter out, String prefix,
            TreeMap<Integer, TreeMap<Integer, Integer>> marks,
            int row, SheetFacts facts, PatchedStyles formats) throws XMLStreamException {
        while (!marks.isEmpty() && marks.firstKey() < row) {
            Map.Entry<Integer, TreeMap<Integer, Integer>> missing = marks.pollFirstEntry();
            out.writeStartElement(prefix, "row", MAIN);
            out.writeAttribute("r", Integer.toString(missing.getKey() + 1));
            addCellsBefore(out, prefix, missing.getValue(), missing.getKey(), null, Integer.MAX_VALUE, facts, formats);
            out.writeEndElement();
        }
    }

    /**
     * The marked cells of {@code row} before {@code column} that the row lacks, in the format the row gives its
     * empty cells ({@code rowFormat}, null for none), else the column's.
     */
    private static void addCellsBefore(XMLStreamWriter out, String prefix, TreeMap<Integer, Integer> marks, int row,
            Integer rowFormat, int column, SheetFacts facts, PatchedStyles formats) throws XMLStreamException {
        while (!marks.isEmpty() && marks.firstKey() < column) {
            Map.Entry<Integer, Integer> missing = marks.pollFirstEntry();
            int c = missing.getKey();
            Integer look = rowFormat;
            if (look == null) {
                Map.Entry<Integer, int[]> col = facts.columnFormats.floorEntry(c);
                look = col != null && c <= col.getValue()[0] ? col.getValue()[1] : 0;
            }
            int style = formats.marked(look, Severity.values()[missing.getValue()]);
            out.writeEmptyElement(prefix, "c", MAIN);
            out.writeAttribute("r", new CellReference(row, c).formatAsString(false));
            if (style != 0) {
                out.writeAttribute("s", Integer.toString(style));
            }
        }
    }

    /**
     * The {@code legacyDrawing} element: its relationship id under the prefix the sheet gives the relationships
     * namespace, else under {@code r} declared on the element (or another prefix, should the sheet use {@code r}
     * for something else).
     */
    private static void legacy(XMLStreamWriter out, String prefix, String vmlId) throws XMLStreamException {
        out.writeEmptyElement(prefix, "legacyDrawing", MAIN);
        String bound = out.getNamespaceContext().getPrefix(RELATIONSHIPS);
        if (bound == null || bound.isEmpty()) {
            String taken = out.getNamespaceContext().getNamespaceURI("r");
            bound = taken == null || taken.isEmpty() ? "r" : "saring_r";
            out.writeNamespace(bound, RELATIONSHIPS);
        }
        out.writeAttribute(bound, RELATIONSHIPS, "id", vmlId);
    }

    // --- the comments

    private static byte[] comments(Map<Place, String> texts) {
        StringBuilder xml = new StringBuilder(DECLARATION).append("<comments xmlns=\"").append(MAIN)
                .append("\"><authors><author>").append(CellMarker.AUTHOR).append("</author></authors><commentList>");
        for (Map.Entry<Place, String> e : texts.entrySet()) {
            xml.append("<comment ref=\"").append(new CellReference(e.getKey().row(), e.getKey().column())
                    .formatAsString(false)).append("\" authorId=\"0\"><text><t xml:space=\"preserve\">")
                    .append(XmlText.attribute(e.getValue())).append("</t></text></comment>");
        }
        return xml.append("</commentList></comments>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The comments' boxes, placed and sized as {@link CellMarker} places them, hidden until pointed at. */
    private static byte[] vml(Map<Place, String> texts, int drawing) {
        StringBuilder xml = new StringBuilder("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"")
                .append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\">")
                .append("<o:shapelayout v:ext=\"edit\"><o:idmap v:ext=\"edit\" data=\"").append(drawing)
                .append("\"/></o:shapelayout>")
                .append("<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\"")
                .append(" path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/>")
                .append("<v:path gradientshapeok=\"t\" o:connecttype=\"rect\"/></v:shapetype>");
        int shape = drawing * 1024;
        for (Map.Entry<Place, String> e : texts.entrySet()) {
            CellMarker.Box box = CellMarker.box(e.getKey().row(), e.getKey().column(), e.getValue(),
                    LIMITS);
            xml.append("<v:shape id=\"_x0000_s").append(++shape).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\"")
                    .append(" o:insetmode=\"auto\">")
                    .append("<v:fill color=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\">")
                    .append("<div style=\"text-align:left\"></div></v:textbox>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(box.column()).append(", 0, ").append(box.row()).append(", 0, ")
                    .append(box.column() + CellMarker.BOX_COLUMNS).append(", 0, ").append(box.row() + box.rows())
                    .append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill>")
                    .append("<x:Row>").append(e.getKey().row()).append("</x:Row><x:Column>")
                    .append(e.getKey().column()).append("</x:Column></x:ClientData></v:shape>");
        }
        return xml.append("</xml>").toString().getBytes(StandardCharsets.UTF_8);
    }
}

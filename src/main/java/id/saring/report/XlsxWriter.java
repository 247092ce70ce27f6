package id.saring.report;

import static id.saring.report.Ooxml.CONTENT_TYPES;
import static id.saring.report.Ooxml.DECLARATION;
import static id.saring.report.Ooxml.MAIN;
import static id.saring.report.Ooxml.PACKAGE_RELATIONSHIPS;
import static id.saring.report.Ooxml.RELATIONSHIPS;
import static id.saring.report.Ooxml.RELATIONSHIPS_TYPE;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellReference;

/**
 * A workbook for people written straight as Office Open XML, one sheet after another, each row as it comes: the
 * summary, consolidated and anomalies workbooks, which hold a province's thousand agencies or a million budget
 * lines.
 *
 * <p>POI's streaming writer (SXSSF) did this before, at a cost that grew with the work: per sheet an XMLBeans
 * sheet, a temporary file and lookups over every sheet made before it (consolidated.xlsx of 1,000 workbooks has
 * 1,002 sheets, and took 12 s of a 25 s run), per cell an object. FastExcel's writer is fast but cannot give a
 * hyperlink both a file and a place in it (the anomalies' links into annotated copies) nor mark text
 * quote-prefixed ({@link FormulaGuard}). This writer writes what saring's workbooks use and nothing more: text as
 * inline strings, numbers, hyperlinks to files, cell formats, column widths, a frozen header and a filter.
 *
 * <p>A sheet's rows are kept in memory up to {@link #MEMORY_LIMIT} bytes of XML and in a temporary file past
 * that (its column widths, which come before its rows, are known only once every row is written). The package is
 * deflated at the fastest level: a workbook saring writes is opened once or twice and written on every run.
 */
final class XlsxWriter implements Closeable {

    /** The last row (0-based) a sheet can hold. */
    static final int LAST_ROW = 1_048_575;
    /** The format of a cell written with no format of its own. */
    static final int PLAIN = 0;
    /** Bytes of one sheet's rows held in memory before they go to a temporary file. */
    static final int MEMORY_LIMIT = 4 * 1024 * 1024;
    /** Excel's default column width, in 1/256 of a character. */
    static final int DEFAULT_WIDTH = 8 * 256;


    /**
     * How a cell looks: its font, fill, border, number format and alignment.
     *
     * @param fontColour an indexed colour ({@link org.apache.poi.ss.usermodel.IndexedColors}), or -1 for the
     *                   font's own
     * @param fill       an indexed colour filling the cell, or -1 for none
     * @param numberFormat Excel's format code, or null for General
     */
    record Format(boolean bold, boolean underlined, int fontColour, int fill, boolean bottomBorder,
            String numberFormat, boolean wrap, boolean top, boolean quotePrefix) {
    }

    /** The letters of the first columns, which every row's cells name ({@code A}, {@code B}, ... {@code CV}). */
    private static final String[] COLUMN_LETTERS = IntStream.range(0, 100)
            .mapToObj(CellReference::convertNumToColString).toArray(String[]::new);

    private final ZipOutputStream zip;
    private final Path tempDirectory;
    private final int memoryLimit;
    private final List<String> sheetNames = new ArrayList<>();
    private final Set<String> sheetKeys = new HashSet<>();
    /** Per sheet, the range its filter covers ({@code $A$1:$K$44}), or null. */
    private final List<String> filters = new ArrayList<>();
    private final Map<Format, Integer> formats = new LinkedHashMap<>();
    private Sheet open;
    private boolean finished;

    /** A workbook written into {@code out}, which stays open. */
    XlsxWriter(OutputStream out) throws IOException {
        this(out, Path.of(System.getProperty("java.io.tmpdir")), MEMORY_LIMIT);
    }

    /** As above, a sheet's rows past {@code memoryLimit} bytes going to a temporary file in {@code tempDirectory}. */
    XlsxWriter(OutputStream out, Path tempDirectory, int memoryLimit) throws IOException {
        this.zip = new ZipOutputStream(new KeptOpen(out));
        zip.setLevel(Deflater.BEST_SPEED);
        this.tempDirectory = tempDirectory;
        this.memoryLimit = memoryLimit;
        formats.put(new Format(false, false, -1, -1, false, null, false, false, false), PLAIN);
        // every part ending in .xml is a sheet unless named otherwise, so the content types need not wait for them
        part("[Content_Types].xml", DECLARATION
                + "<Types xmlns=\"" + CONTENT_TYPES + "\">"
                + "<Default Extension=\"rels\""
                + " ContentType=\"" + RELATIONSHIPS_TYPE + "\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml"
                + ".worksheet+xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.styles+xml\"/></Types>");
        part("_rels/.rels", DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
    }

    /** The number of a cell format, registered on first use; a workbook holds at most 64,000. */
    int format(Format format) {
        return formats.computeIfAbsent(format, f -> formats.size());
    }

    /** True when the workbook has a sheet of this name (names are compared as Excel does, ignoring case). */
    boolean hasSheet(String name) {
        return sheetKeys.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Finishes the sheet being written, if any, and starts the next one. */
    Sheet sheet(String name) throws IOException {
        if (finished) {
            throw new IllegalStateException("the workbook is finished");
        }
        if (!sheetKeys.add(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("a sheet named " + name + " exists already");
        }
        closeSheet();
        sheetNames.add(name);
        filters.add(null);
        open = new Sheet(this, sheetNames.size(), name);
        return open;
    }

    /** Writes the last sheet and the workbook's own parts; the package is then complete. */
    void finish() throws IOException {
        closeSheet();
        finished = true;
        StringBuilder book = new StringBuilder(DECLARATION).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS)
                .append("\"><bookViews><workbookView/></bookViews><sheets>");
        StringBuilder rels = new StringBuilder(DECLARATION).append("<Relationships xmlns=\"")
                .append(PACKAGE_RELATIONSHIPS)
                .append("\">");
        StringBuilder names = new StringBuilder();
        for (int s = 0; s < sheetNames.size(); s++) {
            int n = s + 1;
            book.append("<sheet name=\"").append(XmlText.attribute(sheetNames.get(s))).append("\" sheetId=\"")
                    .append(n).append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(RELATIONSHIPS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
            if (filters.get(s) != null) {
                names.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(s)
                        .append("\" hidden=\"1\">").append(XmlText.attribute(
                                "'" + sheetNames.get(s).replace("'", "''") + "'!" + filters.get(s)))
                        .append("</definedName>");
            }
        }
        book.append("</sheets>");
        if (!names.isEmpty()) {
            book.append("<definedNames>").append(names).append("</definedNames>");
        }
        book.append("</workbook>");
        rels.append("<Relationship Id=\"rId").append(sheetNames.size() + 1).append("\" Type=\"")
                .append(RELATIONSHIPS).append("/styles\" Target=\"styles.xml\"/></Relationships>");
        part("xl/workbook.xml", book.toString());
        part("xl/_rels/workbook.xml.rels", rels.toString());
        part("xl/styles.xml", styles());
        zip.finish();
    }

    /** Releases what the workbook holds (a sheet's temporary file); the stream it writes into stays open. */
    @Override
    public void close() throws IOException {
        try {
            if (open != null) {
                open.discard();
                open = null;
            }
        } finally {
            zip.close();
        }
    }

    private void closeSheet() throws IOException {
        if (open != null) {
            Sheet sheet = open;
            open = null;
            try {
                sheet.write();
            } finally {
                sheet.discard();
            }
        }
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The styles part: the fonts, fills, borders and number formats the formats use, and the formats. */
    private String styles() {
        Map<String, Integer> numberFormats = new LinkedHashMap<>();
        Map<String, Integer> fonts = new LinkedHashMap<>();
        Map<String, Integer> fills = new LinkedHashMap<>();
        fonts.put(font(false, false, -1), 0);
        fills.put("<fill><patternFill patternType=\"none\"/></fill>", 0);
        fills.put("<fill><patternFill patternType=\"gray125\"/></fill>", 1);
        StringBuilder xfs = new StringBuilder();
        for (Format f : formats.keySet()) {
            int numberFormat = 0;
            if (f.numberFormat() != null) {
                numberFormat = BuiltinFormats.getBuiltinFormat(f.numberFormat());
                if (numberFormat < 0) {
                    numberFormat = numberFormats.computeIfAbsent(f.numberFormat(), k -> 164 + numberFormats.size());
                }
            }
            int font = fonts.computeIfAbsent(font(f.bold(), f.underlined(), f.fontColour()), k -> fonts.size());
            int fill = f.fill() < 0 ? 0 : fills.computeIfAbsent(
                    "<fill><patternFill patternType=\"solid\"><fgColor indexed=\""
                    + f.fill() + "\"/><bgColor indexed=\"64\"/></patternFill></fill>", k -> fills.size());
            int border = f.bottomBorder() ? 1 : 0;
            xfs.append("<xf numFmtId=\"").append(numberFormat).append("\" fontId=\"").append(font)
                    .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(border)
                    .append("\" xfId=\"0\"");
            if (numberFormat != 0) {
                xfs.append(" applyNumberFormat=\"1\"");
            }
            if (font != 0) {
                xfs.append(" applyFont=\"1\"");
            }
            if (fill != 0) {
                xfs.append(" applyFill=\"1\"");
            }
            if (border != 0) {
                xfs.append(" applyBorder=\"1\"");
            }
            if (f.quotePrefix()) {
                xfs.append(" quotePrefix=\"1\"");
            }
            if (f.wrap() || f.top()) {
                xfs.append(" applyAlignment=\"1\"><alignment").append(f.top() ? " vertical=\"top\"" : "")
                        .append(f.wrap() ? " wrapText=\"1\"" : "").append("/></xf>");
            } else {
                xfs.append("/>");
            }
        }
        StringBuilder styles = new StringBuilder(DECLARATION).append("<styleSheet xmlns=\"").append(MAIN).append("\">");
        if (!numberFormats.isEmpty()) {
            styles.append("<numFmts count=\"").append(numberFormats.size()).append("\">");
            numberFormats.forEach((code, id) -> styles.append("<numFmt numFmtId=\"").append(id)
                    .append("\" formatCode=\"").append(XmlText.attribute(code)).append("\"/>"));
            styles.append("</numFmts>");
        }
        styles.append("<fonts count=\"").append(fonts.size()).append("\">");
        fonts.keySet().forEach(styles::append);
        styles.append("</fonts><fills count=\"").append(fills.size()).append("\">");
        fills.keySet().forEach(styles::append);
        styles.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                .append("<border><left/><right/><top/><bottom style=\"thin\"><color indexed=\"64\"/></bottom>")
                .append("<diagonal/></border></borders>")
                .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
                .append("</cellStyleXfs><cellXfs count=\"").append(formats.size()).append("\">").append(xfs)
                .append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                .append("</cellStyles></styleSheet>");
        return styles.toString();
    }

    private static String font(boolean bold, boolean underlined, int colour) {
        return "<font>" + (bold ? "<b/>" : "") + (underlined ? "<u/>" : "") + "<sz val=\"11\"/>"
                + (colour < 0 ? "<color theme=\"1\"/>" : "<color indexed=\"" + colour + "\"/>")
                + "<name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>";
    }

    /** One sheet being written: rows in order, each row's cells in order of their columns. */
    static final class Sheet {

        private record Hyperlink(String cell, String target, String location) {
        }

        private final XlsxWriter workbook;
        private final int number;
        private final String name;
        private final Rows rows;
        private final Writer out;
        private final Map<Integer, Integer> widths = new HashMap<>();
        private final List<Hyperlink> hyperlinks = new ArrayList<>();
        private int row = -1;
        private int column = -1;
        /** The widest column a cell was written in, for the sheet's dimension; -1 before any. */
        private int widest = -1;
        private String rowNumber;
        private String filter;
        private int frozenRows;

        private Sheet(XlsxWriter workbook, int number, String name) {
            this.workbook = workbook;
            this.number = number;
            this.name = name;
            this.rows = new Rows(workbook.tempDirectory, workbook.memoryLimit);
            this.out = new Utf8Writer(rows);
        }

        XlsxWriter workbook() {
            return workbook;
        }

        String name() {
            return name;
        }

        /** Starts row {@code r} (0-based), after the rows before it. */
        void row(int r) throws IOException {
            if (r <= row || r > LAST_ROW) {
                throw new IllegalArgumentException("row " + r + " after row " + row);
            }
            endRow();
            row = r;
            column = -1;
            rowNumber = Integer.toString(r + 1);
            out.write("<row r=\"");
            out.write(rowNumber);
            out.write("\">");
        }

        /** A number in column {@code c} of the row; one that is not finite is written as its text. */
        void number(int c, double value, int format) throws IOException {
            if (!Double.isFinite(value)) {
                text(c, Double.toString(value), format);
                return;
            }
            start(c, format, null);
            out.write("<v>");
            out.write(value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                    : Double.toString(value));
            out.write("</v></c>");
        }

        /** Text in column {@code c} of the row. */
        void text(int c, String value, int format) throws IOException {
            start(c, format, "inlineStr");
            boolean edges = !value.isEmpty()
                    && (Character.isWhitespace(value.charAt(0))
                            || Character.isWhitespace(value.charAt(value.length() - 1)));
            out.write(edges ? "<is><t xml:space=\"preserve\">" : "<is><t>");
            XmlText.cell(out, value);
            out.write("</t></is></c>");
        }

        /** Text in column {@code c} that opens {@code location} ({@code 'Sheet'!G14}) in the file {@code target}. */
        void link(int c, String value, String target, String location, int format) throws IOException {
            text(c, value, format);
            hyperlinks.add(new Hyperlink(CellReference.convertNumToColString(c) + rowNumber, target, location));
        }

        /** A column's width in 1/256 of a character: as set, else Excel's default. */
        int width(int c) {
            return widths.getOrDefault(c, DEFAULT_WIDTH);
        }

        void width(int c, int width) {
            widths.put(c, width);
        }

        /** A filter on rows {@code firstRow} to {@code lastRow}, columns {@code firstColumn} to {@code lastColumn}. */
        void filter(int firstRow, int lastRow, int firstColumn, int lastColumn) {
            String from = CellReference.convertNumToColString(firstColumn);
            String to = CellReference.convertNumToColString(lastColumn);
            filter = from + (firstRow + 1) + ":" + to + (lastRow + 1);
            workbook.filters.set(number - 1, "$" + from + "$" + (firstRow + 1) + ":$" + to + "$" + (lastRow + 1));
        }

        /** The first {@code rows} rows stay in view as the sheet scrolls. */
        void freeze(int rows) {
            frozenRows = rows;
        }

        private void start(int c, int format, String type) throws IOException {
            if (row < 0 || c <= column) {
                throw new IllegalArgumentException("column " + c + " after column " + column + " of row " + row);
            }
            column = c;
            widest = Math.max(widest, c);
            out.write("<c r=\"");
            out.write(c < COLUMN_LETTERS.length ? COLUMN_LETTERS[c] : CellReference.convertNumToColString(c));
            out.write(rowNumber);
            if (format != PLAIN) {
                out.write("\" s=\"");
                out.write(Integer.toString(format));
            }
            if (type != null) {
                out.write("\" t=\"");
                out.write(type);
            }
            out.write("\">");
        }

        private void endRow() throws IOException {
            if (row >= 0) {
                out.write("</row>");
            }
        }

        /** The sheet's part, its rows copied in after its views and columns, and its hyperlinks' relationships. */
        private void write() throws IOException {
            endRow();
            out.flush();
            StringBuilder head = new StringBuilder(DECLARATION).append("<worksheet xmlns=\"").append(MAIN)
                    .append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">");
            if (widest >= 0) {
                // the range the cells span, which some readers take instead of reading every row
                head.append("<dimension ref=\"A1:").append(CellReference.convertNumToColString(widest)).append(row + 1)
                        .append("\"/>");
            }
            head.append("<sheetViews><sheetView")
                    .append(number == 1 ? " tabSelected=\"1\"" : "").append(" workbookViewId=\"0\"");
            if (frozenRows > 0) {
                head.append("><pane ySplit=\"").append(frozenRows).append("\" topLeftCell=\"A").append(frozenRows + 1)
                        .append("\" activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\"/>")
                        .append("</sheetView>");
            } else {
                head.append("/>");
            }
            head.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>");
            if (!widths.isEmpty()) {
                head.append("<cols>");
                widths.keySet().stream().sorted().forEach(c -> head.append("<col min=\"").append(c + 1)
                        .append("\" max=\"").append(c + 1).append("\" width=\"").append(widths.get(c) / 256.0)
                        .append("\" customWidth=\"1\"/>"));
                head.append("</cols>");
            }
            head.append("<sheetData>");
            StringBuilder tail = new StringBuilder("</sheetData>");
            if (filter != null) {
                tail.append("<autoFilter ref=\"").append(filter).append("\"/>");
            }
            StringBuilder rels = new StringBuilder(DECLARATION).append("<Relationships xmlns=\"")
                .append(PACKAGE_RELATIONSHIPS)
                    .append("\">");
            if (!hyperlinks.isEmpty()) {
                tail.append("<hyperlinks>");
                for (int h = 0; h < hyperlinks.size(); h++) {
                    Hyperlink link = hyperlinks.get(h);
                    tail.append("<hyperlink ref=\"").append(link.cell()).append("\" r:id=\"rId").append(h + 1)
                            .append("\" location=\"").append(XmlText.attribute(link.location())).append("\"/>");
                    rels.append("<Relationship Id=\"rId").append(h + 1).append("\" Type=\"").append(RELATIONSHIPS)
                            .append("/hyperlink\" Target=\"").append(XmlText.attribute(link.target()))
                            .append("\" TargetMode=\"External\"/>");
                }
                tail.append("</hyperlinks>");
            }
            tail.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\"")
                    .append(" footer=\"0.3\"/></worksheet>");
            ZipOutputStream zip = workbook.zip;
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + number + ".xml"));
            zip.write(head.toString().getBytes(StandardCharsets.UTF_8));
            rows.copyTo(zip);
            zip.write(tail.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            if (!hyperlinks.isEmpty()) {
                workbook.part("xl/worksheets/_rels/sheet" + number + ".xml.rels",
                        rels.append("</Relationships>").toString());
            }
        }

        private void discard() throws IOException {
            rows.delete();
        }
    }

    /** A sheet's rows as written: in memory up to a limit, then in a temporary file. */
    private static final class Rows extends OutputStream {

        private final Path directory;
        private final int limit;
        private byte[] memory = new byte[8192];
        private int used;
        private Path file;
        private OutputStream onDisk;

        Rows(Path directory, int limit) {
            this.directory = directory;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (onDisk == null && used + len > limit) {
                file = Files.createTempFile(directory, "saring-sheet", ".xml");
                onDisk = Files.newOutputStream(file);
                onDisk.write(memory, 0, used);
                memory = null;
            }
            if (onDisk != null) {
                onDisk.write(b, off, len);
                return;
            }
            if (used + len > memory.length) {
                memory = java.util.Arrays.copyOf(memory, Math.min(limit, Math.max(used + len, memory.length * 2)));
            }
            System.arraycopy(b, off, memory, used, len);
            used += len;
        }

        @Override
        public void flush() throws IOException {
            if (onDisk != null) {
                onDisk.flush();
            }
        }

        @Override
        public void close() {
            // the rows are copied out and deleted by their sheet
        }

        void copyTo(OutputStream to) throws IOException {
            if (onDisk == null) {
                to.write(memory, 0, used);
                return;
            }
            onDisk.close();
            try (InputStream in = Files.newInputStream(file)) {
                in.transferTo(to);
            }
        }

        void delete() throws IOException {
            memory = null;
            if (onDisk != null) {
                onDisk.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}

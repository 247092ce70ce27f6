package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads OpenDocument spreadsheets ({@code .ods}, LibreOffice's own format) by streaming the package's
 * {@code content.xml} with the JDK's StAX parser, one row at a time.
 *
 * <p>A cell is read as LibreOffice shows it: its text is the text the file stores beside the value
 * ({@code 94,05%} for the percentage 0.9405, {@code 3.489.328.596} for the float), its decimals those the text
 * shows. A merged range gives its first cell to every cell it covers, as a copy ({@link Cell#mergedCopy()}).
 * Hidden sheets ({@code table:display="false"}) and hidden rows ({@code table:visibility}) are flagged.
 *
 * <p>Why not a library: SODS 1.8 hands a merged range's value to empty cells after the range and to the row
 * below it (values that are not in the file), drops the shown text and rounds nothing back; the ODF Toolkit
 * builds a DOM and pulls in Apache Jena. The table part of OpenDocument (ISO/IEC 26300, part 3 §9) is small and
 * fully specified; the JDK reads it.
 */
public final class OdsReader implements TableFileReader {

    /** The most rows and columns LibreOffice allows: a row or cell repeated beyond them is not real data. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    /**
     * LibreOffice writes identical neighbours once with a repeat count. Real tables repeat a few filled cells (a
     * column of zeros, two rows of dashes); a sheet that repeats them into more copies than this, which no capaian or
     * budget table of a region holds in all, is a claim and not data: one filled row of 16,384 cells repeated to
     * row 1,048,576 would be seventeen billion cells from a few hundred bytes.
     */
    static final int MAX_REPEATED_CELLS = 100_000;

    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
    private static final String CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0";

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            PackageLimits.check(file);
            if (encrypted(zip)) {
                throw new UnreadableFileException(Problem.ENCRYPTED, "the package's content is encrypted");
            }
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new UnreadableFileException(Problem.CORRUPT, "the package has no content.xml");
            }
            try (InputStream in = zip.getInputStream(content)) {
                new Content(parser(in), visitor).read();
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (XMLStreamException e) {
            throw new UnreadableFileException(Problem.CORRUPT, "content.xml: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A password-protected document keeps its manifest readable and says there which parts it encrypted. */
    private static boolean encrypted(ZipFile zip) throws IOException {
        ZipEntry manifest = zip.getEntry("META-INF/manifest.xml");
        if (manifest == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(manifest)) {
            return new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8).contains("encryption-data");
        }
    }

    private static XMLStreamReader parser(InputStream in) throws XMLStreamException {
        return XmlInput.open(in, true);
    }

    /**
     * The number of decimals {@code shown} writes for {@code amount}: the digits after its last mark when the
     * shown digits are the amount at that many decimals ({@code 1.234,56} has 2; {@code 3.489.328.596} has none).
     */
    static int decimalsShown(String shown, BigDecimal amount) {
        int mark = Math.max(shown.lastIndexOf(','), shown.lastIndexOf('.'));
        int decimals = 0;
        while (mark >= 0 && mark + 1 + decimals < shown.length() && Character.isDigit(shown.charAt(mark + 1 + decimals))) {
            decimals++;
        }
        String digits = shown.replaceAll("[^0-9]", "");
        if (decimals == 0 || digits.isEmpty()) {
            return 0;
        }
        BigDecimal read = new BigDecimal(new BigInteger(digits), decimals);
        return read.compareTo(amount.abs().setScale(decimals, RoundingMode.HALF_UP)) == 0 ? decimals : 0;
    }

    /** A cell merged over others: its range and the cell it gives them. */
    private record Span(int firstRow, int lastRow, int firstColumn, int lastColumn, Cell cell) {
    }

    /** The walk through one {@code content.xml}. */
    private static final class Content {

        private final XMLStreamReader xml;
        private final SheetVisitor visitor;
        private final ShownNumbers shown = new ShownNumbers(false);
        private final Set<String> hiddenTableStyles = new HashSet<>();
        private final List<Span> spans = new ArrayList<>();
        /** The copies the open spans give the row being read, by column; where spans overlap, the earlier one's. */
        private final NavigableMap<Integer, Cell> coverage = new TreeMap<>();
        /** The cells the spans of this sheet cover so far, up to {@link MergedRegions#LARGEST_SPREAD}. */
        private long spread;
        private int rowNumber;
        private String sheet;
        /** The copies repeats made of filled cells in this sheet so far. */
        private long repeatedCells;

        Content(XMLStreamReader xml, SheetVisitor visitor) {
            this.xml = xml;
            this.visitor = visitor;
        }

        void read() throws XMLStreamException, UnreadableFileException {
            String tableStyle = null;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (is(STYLE, "style") && "table".equals(attribute(STYLE, "family"))) {
                    tableStyle = attribute(STYLE, "name");
                } else if (is(STYLE, "table-properties") && tableStyle != null
                        && "false".equals(attribute(TABLE, "display"))) {
                    hiddenTableStyles.add(tableStyle);
                } else if (is(TABLE, "table")) {
                    table();
                }
            }
        }

        private void table() throws XMLStreamException, UnreadableFileException {
            String name = Optional.ofNullable(attribute(TABLE, "name")).orElse("");
            sheet = name;
            repeatedCells = 0;
            boolean hidden = hiddenTableStyles.contains(attribute(TABLE, "style-name"));
            VisitorFailure.call(() -> visitor.startSheet(name, hidden));
            rowNumber = 0;
            spans.clear();
            spread = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(TABLE, "table-row")) {
                        row();
                    } else if (is(TABLE, "table-header-rows") || is(TABLE, "table-rows")
                            || is(TABLE, "table-row-group")) {
                        depth++;
                    } else {
                        skip(); // columns, shapes, named ranges: no cell values
                    }
                }
            }
            VisitorFailure.call(visitor::endSheet);
        }

        private void row() throws XMLStreamException, UnreadableFileException {
            int repeated = count(attribute(TABLE, "number-rows-repeated"));
            String visibility = attribute(TABLE, "visibility");
            boolean hidden = "collapse".equals(visibility) || "filter".equals(visibility);
            int first = rowNumber + 1;
            List<Cell> cells = new ArrayList<>();
            coverage.clear();
            spans.forEach(this::cover);
            int column = 0;
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                int times = count(attribute(TABLE, "number-columns-repeated"));
                if (is(TABLE, "covered-table-cell")) {
                    cells.addAll(coverage.subMap(column, Math.min(column + times, MAX_COLUMNS)).values());
                    skip();
                } else if (is(TABLE, "table-cell")) {
                    int columnsSpanned = count(attribute(TABLE, "number-columns-spanned"));
                    int rowsSpanned = count(attribute(TABLE, "number-rows-spanned"));
                    Optional<Cell> cell = cell(column);
                    if (cell.isPresent()) {
                        repeat((long) Math.min(column + times, MAX_COLUMNS) - column - 1);
                        for (int c = column; c < Math.min(column + times, MAX_COLUMNS); c++) {
                            Cell placed = c == column ? cell.get() : repeatedAt(cell.get(), c);
                            cells.add(placed);
                            if (columnsSpanned > 1 || rowsSpanned > 1) {
                                span(first, c, rowsSpanned, columnsSpanned, placed);
                            }
                        }
                    }
                } else {
                    skip();
                }
                // nothing is placed past the last column: stopping there keeps the count from overflowing
                column = Math.min(column + times, MAX_COLUMNS);
            }
            rowNumber = (int) Math.min((long) rowNumber + repeated, MAX_ROWS);
            int last = rowNumber;
            spans.removeIf(s -> s.lastRow() <= last);
            if (cells.isEmpty()) {
                return; // empty rows, however many times repeated, hold nothing to hand on
            }
            // a row repeated N times holds the same cells each time (rows with merges down are never repeated)
            repeat((long) (rowNumber - first) * cells.size());
            for (int r = first; r <= rowNumber; r++) {
                SheetRow sheetRow = new SheetRow(r, cells, hidden);
                VisitorFailure.call(() -> visitor.row(sheetRow));
            }
        }

        /** Counts {@code copies} more copies of filled cells, refusing the sheet before they pass the limit. */
        private void repeat(long copies) throws UnreadableFileException {
            repeatedCells += Math.max(0, copies);
            if (repeatedCells > MAX_REPEATED_CELLS) {
                throw new UnreadableFileException(Problem.TOO_MANY_CELLS,
                        "sheet " + sheet + " repeats filled cells into more than " + MAX_REPEATED_CELLS + " copies",
                        List.of(sheet, BigDecimal.valueOf(MAX_REPEATED_CELLS)));
            }
        }

        /** A cell repeated across columns: the same value typed in each, not a merged copy. */
        private static Cell repeatedAt(Cell cell, int column) {
            return new Cell(column, cell.text(), cell.kind(), cell.number(), cell.format(), cell.mergedCopy());
        }

        /**
         * A cell spanning others, given to the covered cells of its rows while the sheet's spans cover no more than
         * {@link MergedRegions#LARGEST_SPREAD} cells (a file can claim thousands of large spans over each other).
         */
        private void span(int row, int column, int rows, int columns, Cell cell) {
            Span span = new Span(row, row + rows - 1, column, column + columns - 1, cell);
            boolean spreadable = columns <= MergedRegions.LARGEST_WIDTH && rows <= MergedRegions.LARGEST_HEIGHT;
            long area = (long) rows * columns;
            if (spreadable && !cell.isBlank() && spread + area <= MergedRegions.LARGEST_SPREAD) {
                spread += area;
                spans.add(span);
                cover(span);
            }
        }

        /** Notes the copies {@code span} gives the row being read. */
        private void cover(Span span) {
            for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                coverage.putIfAbsent(c, span.cell().copyAt(c));
            }
        }

        /** The cell the reader is on, read to its end; empty for a cell with neither value nor text. */
        private Optional<Cell> cell(int column) throws XMLStreamException {
            String type = attribute(OFFICE, "value-type");
            String value = attribute(OFFICE, "value");
            String date = attribute(OFFICE, "date-value");
            String time = attribute(OFFICE, "time-value");
            String bool = attribute(OFFICE, "boolean-value");
            String currency = attribute(OFFICE, "currency");
            boolean error = "error".equals(attribute(CALCEXT, "value-type"));
            String text = text();
            if (error) {
                return Optional.of(new Cell(column, text, CellKind.ERROR, Optional.empty(), ""));
            }
            if (type == null || type.equals("string")) {
                return text.isBlank() ? Optional.empty() : Optional.of(Cell.text(column, text));
            }
            switch (type) {
                case "float", "percentage", "currency" -> {
                    return Optional.of(number(column, type, value, currency, text));
                }
                case "date", "time" -> {
                    String stated = text.isBlank() ? Optional.ofNullable(date).orElse(Optional.ofNullable(time)
                            .orElse("")) : text;
                    return stated.isBlank() ? Optional.empty()
                            : Optional.of(new Cell(column, stated, CellKind.DATE, Optional.empty(), ""));
                }
                case "boolean" -> {
                    String stated = bool == null ? text : bool.toUpperCase(Locale.ROOT);
                    return Optional.of(new Cell(column, stated, CellKind.BOOLEAN, Optional.empty(), ""));
                }
                default -> {
                    return text.isBlank() ? Optional.empty() : Optional.of(Cell.text(column, text));
                }
            }
        }

        private Cell number(int column, String type, String value, String currency, String text) {
            BigDecimal number;
            try {
                number = new BigDecimal(value);
            } catch (NumberFormatException | NullPointerException e) {
                return Cell.text(column, text); // a value LibreOffice would not write: keep what is shown
            }
            boolean percent = type.equals("percentage");
            BigDecimal amount = percent ? number.movePointRight(2) : number;
            int decimals = text.isBlank() ? Math.max(0, amount.stripTrailingZeros().scale())
                    : decimalsShown(text, amount);
            String digits = decimals == 0 ? "0" : "0." + "0".repeat(decimals);
            String format = percent ? digits + "%"
                    : type.equals("currency") ? ("IDR".equals(currency) ? "Rp " : "") + "#,##" + digits
                    : digits;
            if (text.isBlank()) {
                return shown.cell(column, number, 0, format);
            }
            return new Cell(column, text, CellKind.NUMBER, Optional.of(number), format);
        }

        /**
         * The text of the cell the reader is on, its paragraphs joined by line breaks, read to the cell's end.
         * Comments ({@code office:annotation}) and drawings are not the cell's text.
         */
        private String text() throws XMLStreamException {
            StringBuilder sb = new StringBuilder();
            int paragraphs = 0;
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(OFFICE, "annotation") || DRAW.equals(xml.getNamespaceURI())) {
                        skip();
                        continue;
                    }
                    depth++;
                    if (is(TEXT, "p") || is(TEXT, "h")) {
                        if (paragraphs++ > 0) {
                            sb.append('\n');
                        }
                    } else if (is(TEXT, "s")) {
                        sb.append(" ".repeat(Math.min(count(attribute(TEXT, "c")), 1000)));
                    } else if (is(TEXT, "tab")) {
                        sb.append('\t');
                    } else if (is(TEXT, "line-break")) {
                        sb.append('\n');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (depth > 1) {
                        sb.append(xml.getText());
                    }
                }
            }
            return sb.toString().strip();
        }

        /** Reads past the end of the element the reader is on. */
        private void skip() throws XMLStreamException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        }

        private boolean is(String namespace, String local) {
            return local.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
        }

        private String attribute(String namespace, String local) {
            return xml.getAttributeValue(namespace, local);
        }

        /** A repeat or span count: at least 1, at most what a sheet can hold. */
        private static int count(String attribute) {
            if (attribute == null) {
                return 1;
            }
            try {
                return Math.max(1, Math.min(Integer.parseInt(attribute.strip()), MAX_ROWS));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}

package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the "Excel" files web systems export as an HTML page ({@code .xls} holding a {@code <table>}). Each
 * outermost table is a sheet; a cell spanning rows or columns ({@code rowspan}, {@code colspan}) gives its text
 * to every cell it covers, as a merged range does. Tables nested in a cell are read as that cell's text.
 *
 * <p>The page is only parsed: jsoup fetches nothing (no stylesheet, image, frame or script), expands no entity a
 * DOCTYPE declares, and nests elements no deeper than {@value #MAX_DEPTH}, closing the deeper ones where they stand,
 * so a page of a hundred thousand nested elements is read in a few seconds. A page larger than {@value
 * #MAX_PAGE_BYTES} bytes is not read.
 */
public final class HtmlTableReader implements TableFileReader {

    private static final int LARGEST_SPAN_CELLS = 4096;
    /**
     * jsoup holds a page as a tree of about nine times its size (measured: 16 MiB of table rows took 150 MB of heap);
     * 32 MiB, a table of half a million rows, keeps the tree near a third of a gigabyte. Exports of e-SAKIP and SIPD
     * are a few megabytes.
     */
    static final long MAX_PAGE_BYTES = 32L << 20;
    /**
     * jsoup's own default, stated here because it is what bounds the stack and the time of walking a page nested
     * a hundred thousand deep; real pages nest a few dozen deep.
     */
    static final int MAX_DEPTH = 512;

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        Document page;
        try {
            long size = Files.size(file);
            if (size > MAX_PAGE_BYTES) {
                throw new UnreadableFileException(Problem.PAGE_TOO_LARGE, size + " bytes",
                        List.of(PackageLimits.megabytes(size), PackageLimits.megabytes(MAX_PAGE_BYTES)));
            }
            byte[] bytes = Files.readAllBytes(file);
            page = parse(bytes, null);
            // jsoup reads a page with no byte-order mark and no <meta charset> as UTF-8; bytes that are not UTF-8
            // are Windows-1252, what Windows software saves (as for CSV, see TextEncoding): "Café", an en dash
            if (page.charset().equals(StandardCharsets.UTF_8)
                    && TextEncoding.detect(bytes, true).charset().equals(TextEncoding.WINDOWS_1252)) {
                page = parse(bytes, TextEncoding.WINDOWS_1252.name());
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        List<Element> tables = page.select("table").stream()
                .filter(t -> t.parents().stream().noneMatch(p -> p.nameIs("table")))
                .toList();
        try {
            for (int i = 0; i < tables.size(); i++) {
                readTable(tables.get(i), tables.size() == 1 ? "" : "Tabel " + (i + 1), visitor);
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        }
    }

    private static Document parse(byte[] bytes, String charset) throws IOException {
        return Jsoup.parse(new ByteArrayInputStream(bytes), charset, "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    /** A cell spanning rows, as the rows below it see it: its last row, its columns and its text. */
    private record RowSpan(int lastRow, int firstColumn, int lastColumn, Cell cell) {
    }

    /**
     * Reads one table. Spans give their cell to what they cover while the table's copies stay within {@link
     * MergedRegions#LARGEST_SPREAD}; past that a span still takes its columns, so the cells after it keep their
     * places, but is not copied (a table of thousands of cells spanning thousands of rows is a claim, not labels).
     */
    private static void readTable(Element table, String name, SheetVisitor visitor) {
        VisitorFailure.call(() -> visitor.startSheet(name, false));
        List<RowSpan> spans = new ArrayList<>();
        long copies = 0;
        int number = 0;
        for (Element tr : rows(table)) {
            number++;
            int row = number;
            spans.removeIf(s -> s.lastRow() < row);
            // cells a rowspan above still covers, by column; where spans overlap, the later one's
            Map<Integer, Cell> carried = new HashMap<>();
            for (RowSpan span : spans) {
                for (int c = span.firstColumn(); c <= span.lastColumn(); c++) {
                    carried.put(c, span.cell().copyAt(c));
                }
            }
            List<Cell> cells = new ArrayList<>(carried.values());
            int column = 0;
            for (Element td : tr.children()) {
                if (!td.nameIs("td") && !td.nameIs("th")) {
                    continue;
                }
                while (carried.containsKey(column)) {
                    column++;
                }
                int colspan = span(td.attr("colspan"), MergedRegions.LARGEST_WIDTH);
                int rowspan = span(td.attr("rowspan"), MergedRegions.LARGEST_HEIGHT);
                if ((long) colspan * rowspan > LARGEST_SPAN_CELLS) {
                    rowspan = 1; // a label spans a few cells; a span of thousands is not one to repeat
                }
                Cell cell = Cell.text(column, td.text().strip());
                cells.add(cell);
                long spread = (long) colspan * rowspan - 1;
                if (copies + spread <= MergedRegions.LARGEST_SPREAD) {
                    copies += spread;
                    for (int c = 1; c < colspan; c++) {
                        // a rowspan from above keeps the cell it covers: a colspan reaching it adds no second cell
                        if (!carried.containsKey(column + c)) {
                            cells.add(cell.copyAt(column + c));
                        }
                    }
                    if (rowspan > 1) {
                        spans.add(new RowSpan(number + rowspan - 1, column, column + colspan - 1, cell));
                    }
                }
                column += colspan;
            }
            cells.removeIf(Cell::isBlank);
            cells.sort(java.util.Comparator.comparingInt(Cell::column));
            SheetRow sheetRow = new SheetRow(number, cells, false);
            VisitorFailure.call(() -> visitor.row(sheetRow));
        }
        VisitorFailure.call(visitor::endSheet);
    }

    /** The table's own rows, not those of tables nested in its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                child.children().stream().filter(e -> e.nameIs("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static int span(String attribute, int largest) {
        try {
            int n = Integer.parseInt(attribute.strip());
            return n < 1 ? 1 : Math.min(n, largest);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

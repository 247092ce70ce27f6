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

/**
 * Reads the "Excel" files web systems export as an HTML page ({@code .xls} holding a {@code <table>}). Each
 * outermost table is a sheet; a cell spanning rows or columns ({@code rowspan}, {@code colspan}) gives its text
 * to every cell it covers, as a merged range does. Tables nested in a cell are read as that cell's text.
 */
public final class HtmlTableReader implements TableFileReader {

    private static final int LARGEST_SPAN_CELLS = 4096;

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        Document page;
        try {
            byte[] bytes = Files.readAllBytes(file);
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
            // jsoup reads a page with no byte-order mark and no <meta charset> as UTF-8; bytes that are not UTF-8
            // are Windows-1252, what Windows software saves (as for CSV, see TextEncoding): "Café", an en dash
            if (page.charset().equals(StandardCharsets.UTF_8)
                    && TextEncoding.detect(bytes, true).charset().equals(TextEncoding.WINDOWS_1252)) {
                page = Jsoup.parse(new ByteArrayInputStream(bytes), TextEncoding.WINDOWS_1252.name(), "");
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

    private static void readTable(Element table, String name, SheetVisitor visitor) {
        VisitorFailure.call(() -> visitor.startSheet(name, false));
        // cells a rowspan above still covers, by row number and column
        Map<Integer, Map<Integer, Cell>> spanned = new HashMap<>();
        int number = 0;
        for (Element tr : rows(table)) {
            number++;
            Map<Integer, Cell> carried = spanned.getOrDefault(number, Map.of());
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
                for (int r = 0; r < rowspan; r++) {
                    for (int c = 0; c < colspan; c++) {
                        Cell placed = r == 0 && c == 0 ? cell : cell.copyAt(column + c);
                        if (r == 0) {
                            // a rowspan from above keeps the cell it covers: a colspan reaching it adds no second cell
                            if (!carried.containsKey(column + c)) {
                                cells.add(placed);
                            }
                        } else {
                            spanned.computeIfAbsent(number + r, k -> new HashMap<>()).put(column + c, placed);
                        }
                    }
                }
                column += colspan;
            }
            spanned.remove(number);
            cells.removeIf(Cell::isBlank);
            cells.sort(java.util.Comparator.comparingInt(Cell::column));
            SheetRow row = new SheetRow(number, cells, false);
            VisitorFailure.call(() -> visitor.row(row));
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

package id.saring.layout;

import id.saring.read.Cell;
import id.saring.read.SheetRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Sheet rows made from the tab-separated table lines of the seed reports, cell for cell: field {@code i} of the
 * line is column {@code i}, empty fields are empty cells, and every cell is text, as agencies often type numbers.
 */
final class SeedRows {

    private SeedRows() {
    }

    /** The row numbered {@code number} whose cells are the tab-separated fields of {@code line}. */
    static SheetRow row(int number, String line) {
        String[] fields = line.split("\t", -1);
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            if (!fields[i].isBlank()) {
                cells.add(Cell.text(i, fields[i]));
            }
        }
        return new SheetRow(number, cells, false);
    }

    /**
     * Rows numbered from {@code first}, one per line of {@code block}, as a spreadsheet holds a table copied from a
     * seed: an empty line is an empty row.
     */
    static List<SheetRow> rows(int first, String block) {
        List<SheetRow> rows = new ArrayList<>();
        String[] lines = block.split("\n", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--; // a text block ends with a line break
        }
        for (int i = 0; i < n; i++) {
            rows.add(row(first + i, lines[i]));
        }
        return rows;
    }
}

package id.saring.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One row of a sheet with its non-empty cells in column order.
 *
 * @param number the row number a spreadsheet program shows (1-based); for CSV the record number
 */
public record SheetRow(int number, List<Cell> cells, boolean hidden) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    public Optional<Cell> cell(int column) {
        for (Cell c : cells) {
            if (c.column() == column) {
                return Optional.of(c);
            }
            if (c.column() > column) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The cell's text, empty when the cell is empty. */
    public String text(int column) {
        return cell(column).map(Cell::text).orElse("").strip();
    }

    public boolean isBlank() {
        for (Cell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-empty cells (asked for several times of every row of a million-line sheet). */
    public List<Cell> filled() {
        int blank = 0;
        for (Cell c : cells) {
            if (c.isBlank()) {
                blank++;
            }
        }
        if (blank == 0) {
            return cells;
        }
        List<Cell> filled = new ArrayList<>(cells.size() - blank);
        for (Cell c : cells) {
            if (!c.isBlank()) {
                filled.add(c);
            }
        }
        return Collections.unmodifiableList(filled);
    }
}

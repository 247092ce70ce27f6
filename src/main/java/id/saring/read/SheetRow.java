package id.saring.read;

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
        return cells.stream().allMatch(Cell::isBlank);
    }

    /** The non-empty cells. */
    public List<Cell> filled() {
        return cells.stream().filter(c -> !c.isBlank()).toList();
    }
}

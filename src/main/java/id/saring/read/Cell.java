package id.saring.read;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * One non-empty cell as the input holds it.
 *
 * @param column 0-based column (A = 0)
 * @param text   the text a person sees: for a numeric cell the number rendered with its format in the
 *               Indonesian locale ({@code 91,19%}, {@code 3.489.328.596}); for CSV the field as written
 * @param number the stored number of a numeric or date cell (0.9119 for a cell shown as 91,19%)
 * @param format the cell's number format ({@code 0.00%}, {@code #,##0}); empty for text and CSV fields
 * @param mergedCopy true for a cell covered by a merged range: it repeats the range's first cell so that the
 *                   layout sees a merged label ({@code 2023} over three columns, a sasaran over three rows) in
 *                   every cell it spans; its value is never counted again
 */
public record Cell(int column, String text, CellKind kind, Optional<BigDecimal> number, String format,
        boolean mergedCopy) {

    public Cell(int column, String text, CellKind kind, Optional<BigDecimal> number, String format) {
        this(column, text, kind, number, format, false);
    }

    public static Cell text(int column, String text) {
        return new Cell(column, text, CellKind.TEXT, Optional.empty(), "");
    }

    /** This cell's content repeated at {@code otherColumn} of a cell its merged range covers. */
    public Cell copyAt(int otherColumn) {
        return new Cell(otherColumn, text, kind, number, format, true);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}

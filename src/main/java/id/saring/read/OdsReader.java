package id.saring.read;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import id.saring.read.UnreadableFileException.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads OpenDocument spreadsheets ({@code .ods}, LibreOffice's own format) with SODS. A percentage cell is read
 * as the percent it shows, a currency cell as money; merged ranges give their first cell to every cell they
 * cover.
 */
public final class OdsReader implements TableFileReader {

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableFileException {
        SpreadSheet spreadsheet;
        try {
            spreadsheet = new SpreadSheet(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
        ShownNumbers shown = new ShownNumbers(false);
        try {
            for (Sheet sheet : spreadsheet.getSheets()) {
                readSheet(sheet, visitor, shown);
            }
        } catch (VisitorFailure e) {
            throw e.unwrap();
        } catch (RuntimeException e) {
            throw new UnreadableFileException(Problem.CORRUPT, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void readSheet(Sheet sheet, SheetVisitor visitor, ShownNumbers shown) {
        VisitorFailure.call(() -> visitor.startSheet(sheet.getName(), sheet.isHidden()));
        int rows = sheet.getMaxRows();
        int columns = sheet.getMaxColumns();
        if (rows > 0 && columns > 0) {
            Range all = sheet.getDataRange();
            Object[][] values = all.getValues();
            List<MergedRegions.Region> regions = new ArrayList<>();
            for (Range m : all.getMergedCells()) {
                regions.add(new MergedRegions.Region(m.getRow() + 1, m.getLastRow() + 1, m.getColumn(),
                        m.getLastColumn()));
                coverUnderFirstCell(values, m);
            }
            MergedRegions merged = new MergedRegions(regions);
            for (int r = 0; r < values.length; r++) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < values[r].length; c++) {
                    toCell(c, values[r][c], shown).ifPresent(cells::add);
                }
                if (cells.isEmpty() && merged.isEmpty()) {
                    continue;
                }
                SheetRow row = merged.spread(new SheetRow(r + 1, cells, sheet.rowIsHidden(r)));
                VisitorFailure.call(() -> visitor.row(row));
            }
        }
        VisitorFailure.call(visitor::endSheet);
    }

    /**
     * SODS gives every cell a merged range covers the range's value, as if typed there: a pagu merged over three
     * rows would be counted three times. The covered cells are emptied, so that the copies {@link MergedRegions}
     * puts there are marked as copies, as they are for xlsx and xls.
     */
    private static void coverUnderFirstCell(Object[][] values, Range merged) {
        for (int r = merged.getRow(); r <= merged.getLastRow() && r < values.length; r++) {
            for (int c = merged.getColumn(); c <= merged.getLastColumn() && c < values[r].length; c++) {
                if (r != merged.getRow() || c != merged.getColumn()) {
                    values[r][c] = null;
                }
            }
        }
    }

    private static Optional<Cell> toCell(int column, Object value, ShownNumbers shown) {
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof OfficePercentage p) {
            BigDecimal number = BigDecimal.valueOf(p.getValue());
            int decimals = Math.max(0, number.movePointRight(2).stripTrailingZeros().scale());
            return Optional.of(shown.cell(column, number, 0, decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%"));
        }
        if (value instanceof OfficeCurrency money) {
            return Optional.of(shown.cell(column, BigDecimal.valueOf(money.getValue()), 0, "\"Rp\" #,##0.##"));
        }
        if (value instanceof Number n) {
            return Optional.of(shown.cell(column, new BigDecimal(n.toString()), 0, "General"));
        }
        if (value instanceof Boolean b) {
            return Optional.of(new Cell(column, b.toString().toUpperCase(Locale.ROOT), CellKind.BOOLEAN,
                    Optional.empty(), ""));
        }
        if (value instanceof TemporalAccessor) {
            return Optional.of(new Cell(column, value.toString(), CellKind.DATE, Optional.empty(), ""));
        }
        String text = value.toString();
        return text.isEmpty() ? Optional.empty() : Optional.of(Cell.text(column, text));
    }
}

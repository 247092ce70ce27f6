package id.saring.read;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Numeric cells as a planner sees them: the stored number rendered with its number format in the Indonesian
 * locale ({@code 0.9119} with {@code 0.00%} is {@code 91,19%}); a date format makes the cell a date.
 */
final class ShownNumbers {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    private final DataFormatter formatter = new DataFormatter(INDONESIAN);
    private final boolean date1904;

    ShownNumbers(boolean date1904) {
        this.date1904 = date1904;
    }

    Cell cell(int column, BigDecimal number, int formatId, String format) {
        String formatString = format == null || format.isEmpty() ? "General" : format;
        boolean date = DateUtil.isADateFormat(formatId, formatString);
        String shown = formatter.formatRawCellContents(number.doubleValue(), formatId, formatString, date1904);
        return new Cell(column, shown, date ? CellKind.DATE : CellKind.NUMBER, Optional.of(number), formatString);
    }
}

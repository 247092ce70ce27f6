package id.saring.value;

import id.saring.model.Value;
import id.saring.model.Value.Qualifier;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Reason;
import id.saring.model.Value.Unit;
import id.saring.model.Value.Unreadable;
import id.saring.read.Cell;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Reads a cell that a spreadsheet stores as a number, with what its format shows. */
final class CellValues {

    /** The parts of a number format that are not its pattern: quoted text, escaped characters, [Red], [$-421]. */
    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern ESCAPED = Pattern.compile("\\\\.");
    private static final Pattern BRACKETED = Pattern.compile("\\[[^]]*]");

    private CellValues() {
    }

    /**
     * A numeric cell: a percent format makes 0.9119 the 91.19 it shows; the format's decimals are the stated
     * precision; a rupiah format makes it money.
     */
    static Value numeric(Cell cell) {
        BigDecimal number = cell.number().orElseThrow();
        String format = sectionOf(cell.format());
        boolean percent = format.indexOf('%') >= 0;
        BigDecimal amount = percent ? number.movePointRight(2) : number;
        int decimals = format.equalsIgnoreCase("General") || format.isEmpty()
                ? Math.max(0, Math.min(10, amount.stripTrailingZeros().scale()))
                : decimalsOf(format);
        Unit unit = percent ? Unit.PERCENT : cell.format().contains("Rp") ? Unit.RUPIAH : Unit.PLAIN;
        return new Quantity(amount, decimals, unit, Qualifier.EXACT, "");
    }

    static Value notANumber(Cell cell) {
        return new Unreadable(switch (cell.kind()) {
            case ERROR -> Reason.SPREADSHEET_ERROR;
            default -> Reason.NOT_A_NUMBER;
        });
    }

    /**
     * The positive-number section of a format, without quoted text, escaped characters and bracketed codes:
     * {@code 0.00" %"} and {@code 0.00\%} show a percent sign without making 91.19 a fraction.
     */
    private static String sectionOf(String format) {
        String unquoted = ESCAPED.matcher(QUOTED.matcher(format).replaceAll("")).replaceAll("");
        String s = BRACKETED.matcher(unquoted).replaceAll("");
        int semicolon = s.indexOf(';');
        return semicolon < 0 ? s : s.substring(0, semicolon);
    }

    private static int decimalsOf(String format) {
        int dot = format.indexOf('.');
        if (dot < 0) {
            return 0;
        }
        int n = 0;
        for (int i = dot + 1; i < format.length() && (format.charAt(i) == '0' || format.charAt(i) == '#'); i++) {
            n++;
        }
        return n;
    }
}

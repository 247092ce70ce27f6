package id.saring.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Numeric cells as a planner sees them: the stored number rendered with its number format in the Indonesian
 * locale ({@code 0.9119} with {@code 0.00%} is {@code 91,19%}); a date format makes the cell a date.
 */
final class ShownNumbers {

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    /**
     * Characters a number pattern gives a meaning to. POI's formatter drops the quotes that make them literal
     * text in an Excel format, after which {@code 0.00" %"} multiplies by 100 (91,19 typed is shown as
     * {@code 9119,00 %}) and {@code "Rp "#,##0",-"} is no pattern at all (shown {@code 3489328596}, not
     * {@code Rp 3.489.328.596,-}).
     */
    private static final String PATTERN_CHARACTERS = "0123456789#.,%\u2030E;'";
    /** Private-use stand-ins for literal pattern characters, which a number pattern copies as they are. */
    private static final char STAND_IN = '\ue000';

    /** Excel's General format shows a whole number below this as its digits, larger ones in scientific notation. */
    private static final BigDecimal GENERAL_DIGITS_LIMIT = BigDecimal.TEN.pow(11);

    /**
     * Each thread's formatter and format facts, kept from workbook to workbook: making a formatter cost more than
     * showing the numbers of a small workbook.
     */
    private static final ThreadLocal<Formats> FORMATS = ThreadLocal.withInitial(Formats::new);

    private final DataFormatter formatter;
    private final boolean date1904;
    private final Map<String, FormatFacts> facts;

    /**
     * @param plain the format is a plain number ({@link PlainFormat}), shown without POI's formatter; null for any
     *              other
     */
    private record FormatFacts(boolean date, String protectedFormat, PlainFormat plain) {
    }

    /**
     * The formats most numeric cells have ({@code #,##0}, {@code 0.00%}, {@code #,##0.00}, {@code 0}): digits, grouped
     * by thousands or not, a fixed number of decimals, a percent sign or not. Shown as POI shows them (its formatter
     * reads the number at Excel's 15 digits, rounds half up and writes it in the Indonesian way), without the
     * formatter's cost for each cell, which was a sixth of reading a big budget sheet.
     */
    private record PlainFormat(boolean grouped, int decimals, boolean percent) {

        private static final Pattern FORM = Pattern.compile("(#,##)?0(?:\\.(0{1,15}))?(%)?");

        static PlainFormat of(String format) {
            Matcher m = FORM.matcher(format);
            return m.matches() ? new PlainFormat(m.group(1) != null, m.group(2) == null ? 0 : m.group(2).length(),
                    m.group(3) != null) : null;
        }

        /** The number as the format shows it; null when POI's formatter must say (a negative shown as zero). */
        String show(BigDecimal number) {
            // Excel's 15 digits: a number of 15 digits or fewer comes back from its double as it is
            BigDecimal value = number.precision() <= 15 ? number
                    : new BigDecimal(NumberToTextConverter.toText(number.doubleValue()));
            if (percent) {
                value = value.movePointRight(2);
            }
            BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
            if (rounded.signum() == 0 && value.signum() < 0) {
                return null; // "-0": left to the formatter's own way with it
            }
            String digits = rounded.abs().toPlainString();
            int point = decimals == 0 ? digits.length() : digits.length() - decimals - 1;
            StringBuilder shown = new StringBuilder(digits.length() + digits.length() / 3 + 2);
            if (rounded.signum() < 0) {
                shown.append('-');
            }
            for (int i = 0; i < point; i++) {
                if (grouped && i > 0 && (point - i) % 3 == 0) {
                    shown.append('.');
                }
                shown.append(digits.charAt(i));
            }
            if (decimals > 0) {
                shown.append(',').append(digits, point + 1, digits.length());
            }
            return percent ? shown.append('%').toString() : shown.toString();
        }
    }

    /**
     * @param facts per format code, whether it shows a date, its pattern with literals protected and its plain
     *              form: POI remembers only the last code it looked at, and a budget sheet alternates between two
     *              or three
     */
    private record Formats(DataFormatter formatter, Map<String, FormatFacts> facts) {
        Formats() {
            this(new DataFormatter(INDONESIAN), new HashMap<>());
        }
    }

    /** The numbers of a workbook read on this thread. */
    ShownNumbers(boolean date1904) {
        Formats formats = FORMATS.get();
        this.formatter = formats.formatter();
        this.facts = formats.facts();
        this.date1904 = date1904;
    }

    Cell cell(int column, BigDecimal number, int formatId, String format) {
        String formatString = format == null || format.isEmpty() ? "General" : format;
        if (formatString.equals("General") && isSmallWholeNumber(number)) {
            // what the formatter gives, without it: Excel shows a whole number under 10^11 as its digits (a
            // million-line budget sheet of unformatted amounts is read twice as fast)
            return new Cell(column, number.toBigInteger().toString(), CellKind.NUMBER, Optional.of(number),
                    formatString);
        }
        FormatFacts known = facts.computeIfAbsent(formatString,
                f -> new FormatFacts(DateUtil.isADateFormat(-1, f), protectLiterals(f), PlainFormat.of(f)));
        boolean date = DateUtil.isInternalDateFormat(formatId) || known.date();
        String plain = date || known.plain() == null ? null : known.plain().show(number);
        if (plain != null) {
            return new Cell(column, plain, CellKind.NUMBER, Optional.of(number), formatString);
        }
        String shown = date
                ? formatter.formatRawCellContents(number.doubleValue(), formatId, formatString, date1904)
                : restoreLiterals(formatter.formatRawCellContents(number.doubleValue(), formatId,
                        known.protectedFormat(), date1904));
        return new Cell(column, shown, date ? CellKind.DATE : CellKind.NUMBER, Optional.of(number), formatString);
    }

    private static boolean isSmallWholeNumber(BigDecimal number) {
        return (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0)
                && number.abs().compareTo(GENERAL_DIGITS_LIMIT) < 0;
    }

    /** {@code format} with each pattern character in quoted or backslash-escaped text replaced by its stand-in. */
    private static String protectLiterals(String format) {
        StringBuilder protectedFormat = new StringBuilder(format.length());
        boolean quoted = false;
        boolean escaped = false;
        for (char c : format.toCharArray()) {
            if (escaped || quoted && c != '"') {
                int special = PATTERN_CHARACTERS.indexOf(c);
                protectedFormat.append(special < 0 ? c : (char) (STAND_IN + special));
                escaped = false;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\\') {
                escaped = true;
            }
            protectedFormat.append(c);
        }
        return protectedFormat.toString();
    }

    private static String restoreLiterals(String shown) {
        StringBuilder restored = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            int special = c - STAND_IN;
            restored.append(special >= 0 && special < PATTERN_CHARACTERS.length()
                    ? PATTERN_CHARACTERS.charAt(special) : c);
        }
        return restored.toString();
    }
}

package id.saring.report;

import java.util.regex.Pattern;

/**
 * Keeps text taken from an agency's file from becoming a formula in the program that opens an output ("CSV
 * injection", OWASP): a text that starts with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage
 * return, which some programs skip before such a sign) and is not a number could run as a formula such as
 * {@code =HYPERLINK(…)} or {@code @SUM(…)}.
 *
 * <p>In CSV such a text gets a leading apostrophe, the spreadsheet convention for "this is text". In a workbook
 * the text is kept as it is and its cell is marked quote-prefixed ({@link #isFormulaLike}), which makes Excel and
 * LibreOffice keep it as text even when a person edits the cell. A number ({@code -5}, {@code -1.234,56},
 * {@code +3,5 %}) and a lone dash, the tables' blank, cannot run and are left alone.
 */
public final class FormulaGuard {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\s*(Rp\\.?\\s*)?[0-9][0-9.,\\s]*%?");
    private static final Pattern DASHES = Pattern.compile("[-\\s]+");

    private FormulaGuard() {
    }

    /** True when a spreadsheet program could read {@code text} as a formula. */
    public static boolean isFormulaLike(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        boolean sign = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return sign && !NUMBER.matcher(text).matches() && !DASHES.matcher(text).matches();
    }

    /** {@code text} as a CSV field that no spreadsheet program runs. */
    public static String csv(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }
}

package id.saring.report;

import id.saring.model.Severity;
import id.saring.report.XlsxWriter.Format;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.IndexedColors;

/**
 * The cell formats of one workbook for people, registered once each: a workbook holds at most 64,000 formats,
 * so a format per cell would break a large output.
 *
 * <p>Number formats are Excel's codes, which a spreadsheet program shows with the separators of the computer's
 * region: {@code #,##0.00} is {@code 1.234,56} on an Indonesian computer. Money is {@code "Rp "#,##0}; a
 * percent is a real fraction shown with {@code 0.00%} (94,05 % is the number 0.9405), so that averages and
 * charts work on it.
 */
final class WorkbookFormats {

    static final String RUPIAH = "\"Rp \"#,##0";
    static final String PERCENT = "0.00%";
    static final String INTEGER = "#,##0";
    static final String WHOLE = "0";
    /** Decimals beyond these are not shown: no agency states a figure more precisely. */
    static final int MAX_DECIMALS = 4;

    private final XlsxWriter workbook;
    private final MessageCatalog messages;
    private final int header;
    private final int text;
    private final int quoted;
    private final int link;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<Severity, Integer> severities = new EnumMap<>(Severity.class);

    WorkbookFormats(XlsxWriter workbook, MessageCatalog messages) {
        this.workbook = workbook;
        this.messages = messages;
        header = workbook.format(new Format(true, false, -1, IndexedColors.GREY_25_PERCENT.getIndex(), true, null,
                true, true, false));
        text = workbook.format(new Format(false, false, -1, -1, false, null, false, true, false));
        quoted = workbook.format(new Format(false, false, -1, -1, false, null, false, true, true));
        link = workbook.format(new Format(false, true, IndexedColors.BLUE.getIndex(), -1, false, null, false, false,
                false));
        // the colours that mark the cells of the annotated copies (CellMarker): red, amber
        severities.put(Severity.ERROR, fill(IndexedColors.CORAL));
        severities.put(Severity.WARNING, fill(IndexedColors.GOLD));
        severities.put(Severity.INFO, fill(IndexedColors.GREY_25_PERCENT));
    }

    /** The language of the workbook's words. */
    MessageCatalog messages() {
        return messages;
    }

    int header() {
        return header;
    }

    /** Text; one that could run as a formula is marked quote-prefixed ({@link FormulaGuard}). */
    int text(String value) {
        return FormulaGuard.isFormulaLike(value) ? quoted : text;
    }

    int link() {
        return link;
    }

    /** The fill of a finding's severity: red for an error, amber for a warning, grey for info. */
    int severity(Severity severity) {
        return severities.get(severity);
    }

    /** A number with {@code decimals} decimals and thousands grouped. */
    int decimals(int decimals) {
        int shown = Math.min(Math.max(decimals, 0), MAX_DECIMALS);
        return number(shown == 0 ? INTEGER : INTEGER + "." + "0".repeat(shown));
    }

    /** A whole number without thousands separators: a year, a row number. */
    int whole() {
        return number(WHOLE);
    }

    int rupiah() {
        return number(RUPIAH);
    }

    int percent() {
        return number(PERCENT);
    }

    private int number(String format) {
        return numbers.computeIfAbsent(format,
                f -> workbook.format(new Format(false, false, -1, -1, false, f, false, true, false)));
    }

    private int fill(IndexedColors colour) {
        return workbook.format(new Format(false, false, -1, colour.getIndex(), false, null, false, true, false));
    }
}

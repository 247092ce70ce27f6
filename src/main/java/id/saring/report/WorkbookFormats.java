package id.saring.report;

import id.saring.model.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook for people, made once each: a workbook holds at most 64,000 styles, so a
 * style per cell would break a large output.
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

    private final Workbook workbook;
    private final MessageCatalog messages;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle link;
    private final Map<String, CellStyle> numbers = new HashMap<>();
    private final Map<Severity, CellStyle> severities = new EnumMap<>(Severity.class);

    WorkbookFormats(Workbook workbook, MessageCatalog messages) {
        this.workbook = workbook;
        this.messages = messages;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        quoted = workbook.createCellStyle();
        quoted.cloneStyleFrom(text);
        quoted.setQuotePrefixed(true);
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());
        link = workbook.createCellStyle();
        link.setFont(underlined);
        // the colours that mark the cells of the annotated copies (CellMarker): red, amber
        severities.put(Severity.ERROR, fill(IndexedColors.CORAL));
        severities.put(Severity.WARNING, fill(IndexedColors.GOLD));
        severities.put(Severity.INFO, fill(IndexedColors.GREY_25_PERCENT));
    }

    /** The language of the workbook's words. */
    MessageCatalog messages() {
        return messages;
    }

    CellStyle header() {
        return header;
    }

    /** Text; one that could run as a formula is marked quote-prefixed ({@link FormulaGuard}). */
    CellStyle text(String value) {
        return FormulaGuard.isFormulaLike(value) ? quoted : text;
    }

    CellStyle link() {
        return link;
    }

    /** The fill of a finding's severity: red for an error, amber for a warning, grey for info. */
    CellStyle severity(Severity severity) {
        return severities.get(severity);
    }

    /** A number with {@code decimals} decimals and thousands grouped. */
    CellStyle decimals(int decimals) {
        int shown = Math.min(Math.max(decimals, 0), MAX_DECIMALS);
        return number(shown == 0 ? INTEGER : INTEGER + "." + "0".repeat(shown));
    }

    /** A whole number without thousands separators: a year, a row number. */
    CellStyle whole() {
        return number(WHOLE);
    }

    CellStyle rupiah() {
        return number(RUPIAH);
    }

    CellStyle percent() {
        return number(PERCENT);
    }

    private CellStyle number(String format) {
        return numbers.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    private CellStyle fill(IndexedColors colour) {
        CellStyle style = workbook.createCellStyle();
        style.setFillForegroundColor(colour.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}

package id.saring.report;

import id.saring.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.function.Function;

/**
 * Writes one table of a workbook for people into a sheet, row by row as {@link XlsxWriter} takes them: a bold
 * header, numbers as real numeric cells in their display format, text that cannot run
 * as a formula, a filter on the header, the header frozen, and columns as wide as their content (within limits).
 *
 * @param <T> what one row shows
 */
final class TableSheet<T> {

    /** How a column's values are written. */
    enum Kind {
        /** Text as it is. */
        TEXT,
        /** A {@link BigDecimal} at its own scale (the precision the input states), or a whole count. */
        NUMBER,
        /** A whole number shown without grouping: a year, a row number. */
        WHOLE,
        /** A {@link BigDecimal} amount of rupiah. */
        RUPIAH,
        /** A {@link BigDecimal} percent figure ({@code 94.05}), written as the fraction it is. */
        PERCENT,
        /** A {@link Severity}, written as its name in the user's language on its colour. */
        SEVERITY,
        /** A {@link Link}. */
        LINK
    }

    /** One column: its header, its kind and what it shows of a row (null or empty for an empty cell). */
    record Column<T>(String header, Kind kind, Function<T, Object> value) {
    }

    /** A hyperlink cell: the text shown and a file and place it opens ({@link AnnotatedCopy}). */
    record Link(String text, String file, String place) {
    }

    /** Text columns are not made wider than this many characters; longer text wraps when selected. */
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;

    private XlsxWriter.Sheet sheet;
    private final WorkbookFormats formats;
    private final MessageCatalog messages;
    private final List<Column<T>> columns;
    private final int[] widths;
    private final int lastRow;
    /** The name of the table's first sheet, which the sheets it goes on in are named after. */
    private final String name;
    private int headerRow;
    private int next;

    /** Starts a table whose header goes on row {@code headerRow} (0-based) of {@code sheet}. */
    TableSheet(XlsxWriter.Sheet sheet, WorkbookFormats formats, List<Column<T>> columns, int headerRow)
            throws IOException {
        this(sheet, formats, columns, headerRow, XlsxWriter.LAST_ROW);
    }

    /** As above, a sheet holding rows up to {@code lastRow} (0-based) only. */
    TableSheet(XlsxWriter.Sheet sheet, WorkbookFormats formats, List<Column<T>> columns, int headerRow, int lastRow)
            throws IOException {
        this.lastRow = lastRow;
        this.sheet = sheet;
        this.name = sheet.name();
        this.formats = formats;
        this.messages = formats.messages();
        this.columns = List.copyOf(columns);
        this.widths = new int[columns.size()];
        this.headerRow = headerRow;
        header();
    }

    /** The header on {@code headerRow}, the rows after it. */
    private void header() throws IOException {
        sheet.row(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            String header = columns.get(c).header();
            sheet.text(c, header, formats.header());
            for (String word : header.split("\\s+")) {
                widths[c] = Math.max(widths[c], word.length() + 2);
            }
        }
        next = headerRow + 1;
    }

    /** Writes every row of {@code rows}. */
    TableSheet<T> rows(Iterable<T> rows) throws IOException {
        for (T r : rows) {
            row(r);
        }
        return this;
    }

    void row(T value) throws IOException {
        if (next > lastRow) {
            continueOnAnotherSheet();
        }
        sheet.row(next++);
        for (int c = 0; c < columns.size(); c++) {
            Column<T> column = columns.get(c);
            Object v = column.value().apply(value);
            if (v == null || "".equals(v)) {
                continue;
            }
            widths[c] = Math.max(widths[c], write(c, column.kind(), v) + 1);
        }
    }

    /**
     * Finishes the full sheet and goes on in a new one after it, named as it is with {@code (2)}, {@code (3)}…: a
     * million lines of a CSV, or a province's consolidated lines, do not fit one sheet of Excel.
     */
    private void continueOnAnotherSheet() throws IOException {
        finish();
        XlsxWriter book = sheet.workbook();
        String continued;
        int part = 2;
        do {
            String suffix = " (" + part++ + ")";
            continued = name.substring(0, Math.min(name.length(), SheetNames.MAX_LENGTH - suffix.length())) + suffix;
        } while (book.hasSheet(continued));
        sheet = book.sheet(continued);
        headerRow = 0;
        header();
    }

    /** The next free row (0-based). */
    int nextRow() {
        return next;
    }

    /**
     * Puts a filter on the header, freezes the rows down to the header and sets the column widths. The filter
     * and frozen rows are the sheet's own: call it for the sheet's main table only; other tables use
     * {@link #fitColumns()}.
     */
    void finish() {
        sheet.filter(headerRow, Math.max(headerRow, next - 1), 0, columns.size() - 1);
        sheet.freeze(headerRow + 1);
        fitColumns();
    }

    /** Sets each column's width to its content, never narrower than the sheet has it already. */
    void fitColumns() {
        for (int c = 0; c < columns.size(); c++) {
            int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c]));
            sheet.width(c, Math.max(sheet.width(c), chars * 256));
        }
    }

    /** Writes {@code v} into column {@code c} of the row; returns about how many characters it shows. */
    private int write(int c, Kind kind, Object v) throws IOException {
        switch (kind) {
            case NUMBER -> {
                if (v instanceof String text) {
                    return write(c, Kind.TEXT, text); // a grade (B) or band (70-80) where others hold figures
                }
                BigDecimal n = v instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) v).longValue());
                sheet.number(c, n.doubleValue(), formats.decimals(n.scale()));
                return shownLength(n.setScale(Math.min(Math.max(n.scale(), 0), WorkbookFormats.MAX_DECIMALS),
                        RoundingMode.HALF_UP));
            }
            case WHOLE -> {
                if (v instanceof String text) {
                    return write(c, Kind.TEXT, text); // a span of years (2022-2026)
                }
                long n = ((Number) v).longValue();
                sheet.number(c, n, formats.whole());
                return Long.toString(n).length();
            }
            case RUPIAH -> {
                BigDecimal n = (BigDecimal) v;
                sheet.number(c, n.doubleValue(), formats.rupiah());
                return shownLength(n.setScale(0, RoundingMode.HALF_UP)) + 3;
            }
            case PERCENT -> {
                BigDecimal n = (BigDecimal) v;
                sheet.number(c, n.movePointLeft(2).doubleValue(), formats.percent());
                return shownLength(n.setScale(2, RoundingMode.HALF_UP)) + 1;
            }
            case SEVERITY -> {
                Severity s = (Severity) v;
                String label = messages.render("severity." + s.code());
                sheet.text(c, label, formats.severity(s));
                return label.length();
            }
            case LINK -> {
                Link link = (Link) v;
                sheet.link(c, link.text(), encoded(link.file()), link.place(), formats.link());
                return link.text().length();
            }
            default -> {
                String text = v.toString();
                sheet.text(c, text, formats.text(text));
                return text.length();
            }
        }
    }

    /** Characters of a number with thousands separators and its decimals. */
    private static int shownLength(BigDecimal n) {
        String plain = n.abs().toPlainString();
        int dot = plain.indexOf('.');
        int whole = dot < 0 ? plain.length() : dot;
        return plain.length() + (whole - 1) / 3 + (n.signum() < 0 ? 1 : 0);
    }

    /** A relative file path as a link target: each segment percent-encoded ({@code Laporan%202023.xlsx}). */
    private static String encoded(String path) {
        try {
            // a colon in the first segment would read as a scheme
            return new URI(null, null, path, null).getRawPath().replace(":", "%3A");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }
}

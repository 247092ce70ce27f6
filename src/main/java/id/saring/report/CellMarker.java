package id.saring.report;

import id.saring.model.Severity;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * Marks the cells of one workbook being annotated ({@code .xlsx} or {@code .xls}, whole or streamed): a cell gets
 * a solid fill of its note's severity and a comment holding the note, and keeps its value, number format, font
 * and borders.
 *
 * <p>A marked cell's style is a clone of its own style with the fill added, made once for each pair of original
 * style and severity, so that a workbook of many offending cells does not run out of styles (64,000 in
 * {@code .xlsx}, about 4,000 in {@code .xls}). Should a workbook have none left, its cells get their comment
 * without the fill.
 */
final class CellMarker {

    /**
     * Red for an error, amber for a warning. An info finding only notes something and accuses nothing, so its
     * cell keeps its look and gets the comment alone. Both colours are in the default palette of {@code .xls}
     * (its CORAL and GOLD), so an {@code .xls} copy shows them exactly unless the agency changed its palette.
     */
    private static final Map<Severity, Integer> FILLS = Map.of(Severity.ERROR, 0xFF8080, Severity.WARNING, 0xFFCC00);
    /** The comment box: four columns wide, beside the cell, a row a line of about forty characters. */
    static final int BOX_COLUMNS = 4;
    private static final int CHARACTERS_A_LINE = 40;
    private static final int MIN_BOX_ROWS = 3;
    private static final int MAX_BOX_ROWS = 30;
    static final String AUTHOR = "saring";

    private final Workbook workbook;
    private final MessageCatalog messages;
    private final CreationHelper helper;
    private final Map<StyleKey, CellStyle> filled = new HashMap<>();
    private final Map<Sheet, Drawing<?>> drawings = new IdentityHashMap<>();
    private boolean noStylesLeft;

    CellMarker(Workbook workbook, MessageCatalog messages) {
        this.workbook = workbook;
        this.messages = messages;
        this.helper = workbook.getCreationHelper();
    }

    /** The fill of a cell whose most severe finding has {@code severity}, as {@code 0xRRGGBB}; none for info. */
    static Optional<Integer> fill(Severity severity) {
        return Optional.ofNullable(FILLS.get(severity));
    }

    /**
     * Fills {@code cell} and gives it the comment of {@code note}. A comment the cell already had is kept below
     * the note. Cells of one row are best marked from left to right: see {@link #anchor}.
     */
    void mark(Cell cell, CellNote note) {
        fill(note.severity()).ifPresent(rgb -> cell.setCellStyle(filled(cell.getCellStyle(), note.severity(), rgb)));
        String text = note.text(messages);
        Comment earlier = cell.getCellComment();
        if (earlier != null) {
            text += "\n\n" + messages.render("annotated.earlier-comment") + "\n" + earlier.getString().getString();
            cell.removeCellComment();
        }
        Comment comment = drawings.computeIfAbsent(cell.getSheet(), CellMarker::drawing)
                .createCellComment(anchor(cell, text));
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor(AUTHOR);
        // the streaming workbook's cells leave the comment where its box starts: it is moved to its cell first
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
    }

    private CellStyle filled(CellStyle original, Severity severity, int rgb) {
        StyleKey key = new StyleKey(original.getIndex(), severity);
        CellStyle style = filled.get(key);
        if (style != null || noStylesLeft) {
            return style != null ? style : original;
        }
        try {
            style = workbook.createCellStyle();
        } catch (IllegalStateException full) {
            noStylesLeft = true;
            return original;
        }
        style.cloneStyleFrom(original);
        if (style instanceof XSSFCellStyle xssf) {
            xssf.setFillForegroundColor(new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb},
                    null));
        } else if (workbook instanceof HSSFWorkbook hssf) {
            style.setFillForegroundColor(hssf.getCustomPalette()
                    .findSimilarColor(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF).getIndex());
        }
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        filled.put(key, style);
        return style;
    }

    /** The sheet's drawing; an {@code .xls} sheet's existing drawing is taken over, never replaced. */
    private static Drawing<?> drawing(Sheet sheet) {
        Drawing<?> existing = sheet.getDrawingPatriarch();
        return existing != null ? existing : sheet.createDrawingPatriarch();
    }

    /**
     * A box right of the cell, tall enough for the text. POI's {@code .xlsx} drawing refuses a new comment whose
     * box starts on a cell that holds a comment, even though the comment then belongs to another cell: the box
     * moves down until it starts on a cell without one. Marking a row from left to right keeps it beside its
     * cell, since a cell's right neighbour then has no comment of ours yet.
     */
    private ClientAnchor anchor(Cell cell, String text) {
        SpreadsheetVersion limits = workbook.getSpreadsheetVersion();
        Box box = box(cell.getRowIndex(), cell.getColumnIndex(), text, limits);
        int row = box.row();
        Sheet sheet = cell.getSheet();
        while (row < limits.getLastRowIndex() - box.rows()
                && sheet.getCellComment(new CellAddress(row, box.column())) != null) {
            row++;
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(box.column());
        anchor.setRow1(row);
        anchor.setCol2(box.column() + BOX_COLUMNS);
        anchor.setRow2(row + box.rows());
        return anchor;
    }

    /**
     * Where the comment box of a cell starts (0-based) and how many rows it spans: right of the cell, {@link
     * #BOX_COLUMNS} wide, a row a line of about forty characters, within the sheet's limits. {@link XlsxPatch}
     * places its boxes so too.
     */
    record Box(int row, int column, int rows) {
    }

    static Box box(int row, int column, String text, SpreadsheetVersion limits) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (line.length() + CHARACTERS_A_LINE - 1) / CHARACTERS_A_LINE);
        }
        int rows = Math.min(Math.max(lines + 1, MIN_BOX_ROWS), MAX_BOX_ROWS);
        return new Box(Math.min(row, limits.getLastRowIndex() - rows),
                Math.min(column + 1, limits.getLastColumnIndex() - BOX_COLUMNS), rows);
    }

    private record StyleKey(short style, Severity severity) {
    }
}

package id.saring.report;

import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.read.Cell;
import id.saring.read.CellKind;
import id.saring.read.SheetRow;
import id.saring.read.SheetVisitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Builds an annotated {@code .xlsx} from the rows an input reader hands on, for inputs POI cannot keep whole:
 * delimited text, OpenDocument, an HTML table saved as {@code .xls}, an {@code .xlsx} too big to open in memory.
 * Every cell is written at the row and column the findings name, so each finding's cell reference holds in the
 * copy; the input's formatting is not carried over.
 *
 * <p>A cell is written as the text the input shows, except a number whose format Excel reads the same
 * ({@code #,##0.00}, {@code 0%}), which stays a number with that format. Text that a spreadsheet program could run
 * as a formula is marked quote-prefixed, so it stays text even when edited. A sheet takes the input's sheet name
 * made fit for Excel; a single-table input's sheet (named {@code ""} in the findings) takes the file's base name.
 * Findings are placed as {@link WorkbookCopy} places them, the cells of a merged range being written on its first
 * cell only.
 *
 * <p>Rows are written as they come, for a workbook that streams them to disk; a finding's cell is marked while its
 * row is still in memory.
 */
final class RebuiltCopy implements SheetVisitor {

    /** Formats made of digits, separators and percent only: no locale or literal text that could read otherwise. */
    private static final Pattern PLAIN_FORMAT = Pattern.compile("[0#?.,% ]+");
    private static final SpreadsheetVersion LIMITS = SpreadsheetVersion.EXCEL2007;

    private final Workbook workbook;
    private final String baseName;
    private final CellMarker marker;
    private final Map<String, List<Finding>> findingsBySheet = new LinkedHashMap<>();
    private final SheetNames names = new SheetNames();
    private final Map<String, String> sheets = new LinkedHashMap<>();
    private final Map<String, CellStyle> numberStyles = new HashMap<>();
    private CellStyle quoted;

    private Sheet sheet;
    /** The open sheet's findings by the row they mark, a sheet's or file's own on row 1. */
    private NavigableMap<Integer, List<Finding>> pending;
    private int lastRow;

    /**
     * @param workbook a new, empty workbook
     * @param baseName the input's file name without its extension, for the sheet of a single-table input
     */
    RebuiltCopy(Workbook workbook, String baseName, List<Finding> findings, CellMarker marker) {
        this.workbook = workbook;
        this.baseName = baseName;
        this.marker = marker;
        for (Finding f : findings) {
            findingsBySheet.computeIfAbsent(f.location().sheet(), k -> new ArrayList<>()).add(f);
        }
    }

    /** The copy's sheet name of each input sheet name, in the input's order. */
    Map<String, String> sheets() {
        return sheets;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        // a hidden sheet is shown in the copy: its findings are what a person opens the copy for
        String copyName = names.name(name.isEmpty() ? baseName : name, baseName.isBlank() ? "saring" : baseName);
        List<Finding> own = new ArrayList<>(findingsBySheet.getOrDefault(name, List.of()));
        findingsBySheet.remove(name);
        if (sheets.isEmpty() && !name.isEmpty()) {
            // the file's own findings (sheet "") go to A1 of its first sheet
            own.addAll(findingsBySheet.getOrDefault("", List.of()));
            findingsBySheet.remove("");
        }
        sheets.put(name, copyName);
        sheet = workbook.createSheet(copyName);
        pending = new TreeMap<>();
        for (Finding f : own) {
            pending.computeIfAbsent(Math.max(1, f.location().row()), k -> new ArrayList<>()).add(f);
        }
        lastRow = 0;
    }

    @Override
    public void row(SheetRow row) {
        int number = row.number();
        if (number <= lastRow || number > LIMITS.getMaxRows()) {
            return; // rows come in order; none beyond Excel's last row can be written
        }
        markRowsBefore(number);
        Row target = sheet.createRow(number - 1);
        lastRow = number;
        int firstWithContent = -1;
        for (Cell cell : row.cells()) {
            if (cell.mergedCopy() || cell.isBlank() || cell.column() > LIMITS.getLastColumnIndex()) {
                continue;
            }
            write(target.createCell(cell.column()), cell);
            firstWithContent = firstWithContent < 0 ? cell.column() : firstWithContent;
        }
        List<Finding> marks = pending.remove(number);
        if (marks != null) {
            mark(target, marks, Math.max(firstWithContent, 0));
        }
    }

    @Override
    public void endSheet() {
        markRowsBefore(Integer.MAX_VALUE);
    }

    /** A file without a single table still gets a sheet, for its own findings. */
    void finish() {
        if (workbook.getNumberOfSheets() == 0) {
            startSheet("", false);
            endSheet();
        }
    }

    /** Marks the findings of rows the input left out (empty rows, a sheet's own findings on A1). */
    private void markRowsBefore(int number) {
        while (!pending.isEmpty() && pending.firstKey() < number) {
            Map.Entry<Integer, List<Finding>> rowMarks = pending.pollFirstEntry();
            if (rowMarks.getKey() <= LIMITS.getMaxRows()) {
                mark(sheet.createRow(rowMarks.getKey() - 1), rowMarks.getValue(), 0);
                lastRow = rowMarks.getKey();
            }
        }
    }

    private void mark(Row row, List<Finding> findings, int firstWithContent) {
        NavigableMap<Integer, CellNote> notes = new TreeMap<>();
        for (Finding f : findings) {
            Location l = f.location();
            int column = l.row() <= 0 ? 0 : l.column() >= 0 ? l.column() : firstWithContent;
            if (column <= LIMITS.getLastColumnIndex()) {
                notes.merge(column, new CellNote(List.of(f)), (a, b) -> a.with(f));
            }
        }
        // left to right: CellMarker keeps each comment box beside its cell
        notes.forEach((column, note) -> {
            org.apache.poi.ss.usermodel.Cell cell = row.getCell(column);
            marker.mark(cell != null ? cell : row.createCell(column), note);
        });
    }

    private void write(org.apache.poi.ss.usermodel.Cell target, Cell cell) {
        boolean number = cell.kind() == CellKind.NUMBER && cell.number().isPresent()
                && (cell.format().isEmpty() || cell.format().equals("General")
                        || PLAIN_FORMAT.matcher(cell.format()).matches());
        if (number) {
            target.setCellValue(cell.number().get().doubleValue());
            if (!cell.format().isEmpty() && !cell.format().equals("General")) {
                target.setCellStyle(numberStyle(cell.format()));
            }
        } else if (cell.kind() == CellKind.BOOLEAN) {
            target.setCellValue(Boolean.parseBoolean(cell.text()));
        } else {
            String text = cell.text().length() > LIMITS.getMaxTextLength()
                    ? cell.text().substring(0, LIMITS.getMaxTextLength()) : cell.text();
            target.setCellValue(text);
            if (FormulaGuard.isFormulaLike(text)) {
                target.setCellStyle(quoted());
            }
        }
    }

    private CellStyle numberStyle(String format) {
        return numberStyles.computeIfAbsent(format, f -> {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(f));
            return style;
        });
    }

    private CellStyle quoted() {
        if (quoted == null) {
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
        }
        return quoted;
    }
}

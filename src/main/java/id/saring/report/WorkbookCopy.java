package id.saring.report;

import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.read.InputFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * An {@code .xlsx}, {@code .xlsm} or {@code .xls} input opened whole with POI, to be annotated in place of the
 * file: the agency's formatting, formulas, merged cells, hidden sheets and comments stay as they are.
 *
 * <p>Each finding marks one cell: the finding's cell; for a finding about a whole row, the row's first cell with
 * content (or A); for one about a sheet or the file, A1 of that sheet (or of the first sheet). A cell a merged
 * range covers is marked on the range's first cell, the one a person sees.
 */
final class WorkbookCopy implements AutoCloseable {

    private final Workbook workbook;

    private WorkbookCopy(Workbook workbook) {
        this.workbook = workbook;
    }

    /**
     * Opens the bytes of an input read as {@link InputFormat#XLSX} or {@link InputFormat#XLS}.
     *
     * @throws IOException      when POI cannot open them
     * @throws RuntimeException of POI's several kinds for a package or record it finds damaged
     */
    static WorkbookCopy open(byte[] content, InputFormat format) throws IOException {
        ByteArrayInputStream in = new ByteArrayInputStream(content);
        return new WorkbookCopy(format == InputFormat.XLS ? new HSSFWorkbook(in) : new XSSFWorkbook(in));
    }

    Workbook workbook() {
        return workbook;
    }

    /**
     * The copy's name for the input {@code name}: the name itself when its extension is the workbook's kind
     * ({@code .xlsx}, {@code .xlsm} with macros, {@code .xls}), else the name with that extension added, so that
     * Excel opens the copy of a renamed file without complaint.
     */
    String copyName(String name) {
        return copyName(name, workbook instanceof HSSFWorkbook ? "xls"
                : ((XSSFWorkbook) workbook).getWorkbookType() == XSSFWorkbookType.XLSM ? "xlsm" : "xlsx");
    }

    /** The copy's name for the input {@code name} of a workbook whose kind has {@code extension}. */
    static String copyName(String name, String extension) {
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? name : name + "." + extension;
    }

    /** The sheets' names, which the copy keeps, in order. */
    Map<String, String> sheets() {
        Map<String, String> sheets = new LinkedHashMap<>();
        for (Sheet sheet : workbook) {
            sheets.put(sheet.getSheetName(), sheet.getSheetName());
        }
        return sheets;
    }

    /**
     * Marks every text cell that a spreadsheet program could run as a formula ({@link FormulaGuard}) as
     * quote-prefixed, its text unchanged: the copy is a file saring wrote, and a planner who edits such a cell in it
     * must not set off what an agency's file (or someone posing as one) put there. One style is made per style
     * such cells had, so the workbook does not run out of styles.
     */
    void guardFormulaText() {
        Map<Short, CellStyle> quoted = new java.util.HashMap<>();
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && !cell.getCellStyle().getQuotePrefixed()
                            && FormulaGuard.isFormulaLike(cell.getStringCellValue())) {
                        CellStyle own = cell.getCellStyle();
                        cell.setCellStyle(quoted.computeIfAbsent(own.getIndex(), i -> {
                            CellStyle style = workbook.createCellStyle();
                            style.cloneStyleFrom(own);
                            style.setQuotePrefixed(true);
                            return style;
                        }));
                    }
                }
            }
        }
    }

    /** Marks the cell of every finding, with one comment a cell for all its findings. */
    void annotate(List<Finding> findings, CellMarker marker) {
        if (workbook.getNumberOfSheets() == 0) {
            return;
        }
        Map<Place, CellNote> notes = new LinkedHashMap<>();
        for (Finding f : findings) {
            notes.merge(place(f.location()), new CellNote(List.of(f)), (a, b) -> a.with(b.findings().get(0)));
        }
        List<Place> places = new ArrayList<>(notes.keySet());
        places.sort(Comparator.comparingInt(Place::sheet).thenComparingInt(Place::row).thenComparingInt(Place::column));
        for (Place p : places) {
            marker.mark(cell(p), notes.get(p));
        }
    }

    private Place place(Location location) {
        int index = location.sheet().isEmpty() ? -1 : workbook.getSheetIndex(location.sheet());
        Sheet sheet = workbook.getSheetAt(Math.max(index, 0));
        if (index < 0 || location.row() <= 0) {
            return new Place(workbook.getSheetIndex(sheet), 0, 0);
        }
        int row = location.row() - 1;
        int column = location.column() >= 0 ? location.column() : firstWithContent(sheet.getRow(row));
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.isInRange(row, column)) {
                return new Place(index, range.getFirstRow(), range.getFirstColumn());
            }
        }
        return new Place(index, row, column);
    }

    private static int firstWithContent(Row row) {
        if (row != null) {
            for (Cell cell : row) {
                boolean blank = cell.getCellType() == CellType.BLANK
                        || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isBlank();
                if (!blank) {
                    return cell.getColumnIndex();
                }
            }
        }
        return 0;
    }

    /** The cell at {@code place}; an empty one is made with the look its row or column gives empty cells. */
    private Cell cell(Place place) {
        Sheet sheet = workbook.getSheetAt(place.sheet());
        Row row = sheet.getRow(place.row());
        if (row == null) {
            row = sheet.createRow(place.row());
        }
        Cell cell = row.getCell(place.column());
        if (cell == null) {
            cell = row.createCell(place.column());
            CellStyle look = row.getRowStyle() != null ? row.getRowStyle() : sheet.getColumnStyle(place.column());
            if (look != null) {
                cell.setCellStyle(look);
            }
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private record Place(int sheet, int row, int column) {
    }
}

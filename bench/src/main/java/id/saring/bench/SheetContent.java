package id.saring.bench;

import id.saring.bench.OoxmlParts.Style;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * One worksheet of an agency workbook as it is built: rows of typed cells and merged ranges. Small by design
 * (an agency's sheet holds tens of rows); the million-row sheet is streamed by {@link BigBudgetSheet} instead.
 */
final class SheetContent {

    /** A cell as typed: text, or a number with the format that shows it. */
    sealed interface Cell permits Text, Num {
    }

    /** A text cell; numbers typed as text ({@code "Rp 3.489.328.596,-"}) are text cells, as in the seeds. */
    record Text(String value) implements Cell {
    }

    /** A numeric cell and the format Excel shows it with. */
    record Num(BigDecimal value, Style style) implements Cell {
    }

    private final String name;
    private final TreeMap<Integer, List<Cell>> rows = new TreeMap<>();
    private final List<String> merges = new ArrayList<>();
    private int nextRow = 1;

    SheetContent(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The spreadsheet row number the next {@link #row} call writes. */
    int nextRow() {
        return nextRow;
    }

    /** Appends a row of cells from column A; {@code null} leaves a cell empty. Returns its row number. */
    int row(Cell... cells) {
        List<Cell> row = new ArrayList<>(cells.length);
        Collections.addAll(row, cells);
        rows.put(nextRow, row);
        return nextRow++;
    }

    /** Leaves {@code count} rows empty, as people do between a title and a table. */
    void skip(int count) {
        nextRow += count;
    }

    /** Merges the A1 range {@code from:to}, e.g. a group label over the columns it heads. */
    void merge(String from, String to) {
        merges.add(from + ":" + to);
    }

    /** Replaces one cell of a row already written (1-based row, 0-based column): how a mistake is injected. */
    void set(int row, int column, Cell cell) {
        List<Cell> cells = rows.get(row);
        while (cells.size() <= column) {
            cells.add(null);
        }
        cells.set(column, cell);
    }

    Cell get(int row, int column) {
        List<Cell> cells = rows.get(row);
        return cells == null || column >= cells.size() ? null : cells.get(column);
    }

    TreeMap<Integer, List<Cell>> rows() {
        return rows;
    }

    List<String> merges() {
        return merges;
    }

    static Text text(String value) {
        return new Text(value);
    }

    static Num num(BigDecimal value, Style style) {
        return new Num(value, style);
    }

    static Num num(long value, Style style) {
        return new Num(BigDecimal.valueOf(value), style);
    }
}

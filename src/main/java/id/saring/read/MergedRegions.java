package id.saring.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The merged ranges of one sheet, applied to its rows as they stream past: every cell a range covers gets a
 * copy of the range's first cell ({@link Cell#mergedCopy()}). Rows must come in increasing order; only the
 * ranges open at the current row are held. A range larger than {@value #LARGEST_WIDTH} columns or
 * {@value #LARGEST_HEIGHT} rows is not spread: no table label is that large, and a hostile file could claim it.
 * Nor are ranges once those before them (by first row) cover {@value #LARGEST_SPREAD} cells in all: a file can list
 * thousands of large ranges over each other (Excel refuses overlapping merges; a crafted file has them), and the
 * copies are what costs. Spreading takes time in proportion to the copies made.
 */
final class MergedRegions {

    static final int LARGEST_WIDTH = 256;
    static final int LARGEST_HEIGHT = 10_000;
    /**
     * The cells the merged ranges (or spans) of one sheet may cover in all, copies made: a sasaran merged down a
     * hundred thousand rows beside three columns is 300,000. A million keeps a sheet of ranges listed over each
     * other to a second's work and a row's copies to tens of megabytes.
     */
    static final long LARGEST_SPREAD = 1_000_000;

    /** A merged range; rows as a spreadsheet shows them (1-based), columns 0-based, both ends included. */
    record Region(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean spreadable() {
            return lastColumn - firstColumn < LARGEST_WIDTH && lastRow - firstRow < LARGEST_HEIGHT
                    && (lastColumn > firstColumn || lastRow > firstRow) && firstRow > 0 && firstColumn >= 0;
        }

        /** Parses an A1 range such as {@code D4:F4}. */
        static Region parse(String a1) {
            String[] ends = a1.split(":");
            int[] first = cell(ends[0]);
            int[] last = ends.length > 1 ? cell(ends[1]) : first;
            return new Region(first[0], last[0], first[1], last[1]);
        }

        private static int[] cell(String ref) {
            int column = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
                i++;
            }
            return new int[] {Integer.parseInt(ref.substring(i)), column - 1};
        }
    }

    static final MergedRegions NONE = new MergedRegions(List.of());

    private final List<Region> regions;
    private int next;
    private final List<Region> open = new ArrayList<>();
    private final Map<Region, Cell> firstCells = new HashMap<>();

    MergedRegions(List<Region> regions) {
        List<Region> spread = new ArrayList<>();
        long cells = 0;
        for (Region region : regions.stream().filter(Region::spreadable)
                .sorted(Comparator.comparingInt(Region::firstRow)).toList()) {
            long area = (long) (region.lastRow() - region.firstRow() + 1)
                    * (region.lastColumn() - region.firstColumn() + 1);
            if (cells + area <= LARGEST_SPREAD) {
                cells += area;
                spread.add(region);
            }
        }
        this.regions = List.copyOf(spread);
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /** {@code row} with copies in the cells merged ranges cover; the row itself when none does. */
    SheetRow spread(SheetRow row) {
        int r = row.number();
        while (next < regions.size() && regions.get(next).firstRow() <= r) {
            open.add(regions.get(next++));
        }
        open.removeIf(region -> region.lastRow() < r);
        if (open.isEmpty()) {
            return row;
        }
        Map<Integer, Cell> byColumn = new HashMap<>();
        row.cells().forEach(c -> byColumn.putIfAbsent(c.column(), c));
        // where ranges overlap, the one opened last gives the copy
        Map<Integer, Cell> copies = new HashMap<>();
        for (Region region : open) {
            if (region.firstRow() == r) {
                row.cell(region.firstColumn()).ifPresent(c -> firstCells.put(region, c));
            }
            Cell first = firstCells.get(region);
            if (first == null) {
                continue;
            }
            for (int c = region.firstColumn(); c <= region.lastColumn(); c++) {
                boolean isFirst = r == region.firstRow() && c == region.firstColumn();
                Cell own = byColumn.get(c);
                if (!isFirst && (own == null || own.isBlank())) {
                    copies.put(c, first.copyAt(c));
                }
            }
        }
        List<Cell> cells = new ArrayList<>(row.cells().size() + copies.size());
        row.cells().stream().filter(c -> !copies.containsKey(c.column())).forEach(cells::add);
        cells.addAll(copies.values());
        for (Iterator<Map.Entry<Region, Cell>> it = firstCells.entrySet().iterator(); it.hasNext();) {
            if (it.next().getKey().lastRow() <= r) {
                it.remove();
            }
        }
        cells.sort(Comparator.comparingInt(Cell::column));
        return new SheetRow(r, cells, row.hidden());
    }
}

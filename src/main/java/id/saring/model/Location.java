package id.saring.model;

/**
 * Where something is in an input, as a person opening the file would find it.
 *
 * <p>{@code row} is the 1-based row a spreadsheet program shows (for CSV the record number, the first
 * line being row 1); 0 means the whole file or sheet. {@code column} is 0-based (A = 0); -1 means the
 * whole row. {@code sheet} is empty for CSV and other single-table inputs.
 */
public record Location(String file, String sheet, int row, int column) {

    public static Location ofFile(String file) {
        return new Location(file, "", 0, -1);
    }

    public Location withColumn(int newColumn) {
        return new Location(file, sheet, row, newColumn);
    }

    /** Column letters (A, B, …, AA), empty for a whole-row location. */
    public String columnLetters() {
        return column < 0 ? "" : letters(column);
    }

    /** A1 reference such as {@code G12}, empty unless both row and column are known. */
    public String cell() {
        return column < 0 || row <= 0 ? "" : letters(column) + row;
    }

    public static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return sb.toString();
    }
}

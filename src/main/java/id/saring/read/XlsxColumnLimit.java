package id.saring.read;

import id.saring.read.UnreadableFileException.Problem;

/**
 * Refuses a workbook that places a cell beyond Excel's last column, XFD ({@value #COLUMNS} columns). No
 * spreadsheet program writes one, and FastExcel makes room in a row for every column up to a cell's: one cell
 * named {@code CWWWWWWWWWWWWWW4} in a file of 1 KB filled the memory (found by fuzzing, FUZZING.md). Every part
 * of the package is checked before the rows are read ({@link XlsxPackage}).
 */
final class XlsxColumnLimit {

    static final int COLUMNS = 16_384;

    private XlsxColumnLimit() {
    }

    /** @throws UnreadableFileException when {@code ref}, a cell of {@code part}, lies beyond column XFD */
    static void check(String part, String ref) throws UnreadableFileException {
        if (ref != null && beyondLastColumn(ref)) {
            throw new UnreadableFileException(Problem.CORRUPT, part + ": cell "
                    + ref.substring(0, Math.min(ref.length(), 32)) + " lies beyond column XFD");
        }
    }

    /**
     * Whether FastExcel would place the cell of A1 reference {@code ref} beyond column XFD. The column is computed
     * as FastExcel computes it (a leading {@code $} skipped, every character up to a digit or {@code $} taken as a
     * letter, ASCII letters of either case, int arithmetic that wraps), so that no reference it would read as a
     * huge column passes here as a small one.
     */
    static boolean beyondLastColumn(String ref) {
        int column = 0;
        for (int i = ref.startsWith("$") ? 1 : 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c == '$' || c >= '0' && c <= '9') {
                break;
            }
            char upper = c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c;
            column = column * 26 + upper - 'A' + 1;
        }
        return column > COLUMNS;
    }
}

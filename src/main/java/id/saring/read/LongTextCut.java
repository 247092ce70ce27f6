package id.saring.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Hands rows on with every cell's text cut to {@value #MAX_CHARS} characters, telling the visitor of each cell it
 * cut ({@link SheetVisitor#textCut}). Excel holds at most 32,767 characters in a cell (its "specifications and
 * limits"), so a longer text was not typed into a spreadsheet: it is a dump or an attack. Cut, it can still be
 * shown, checked and written to a workbook, and a stage holding a few cells holds no more than that many
 * characters each, however long the input's text was.
 */
final class LongTextCut implements SheetVisitor {

    static final int MAX_CHARS = 32_767;

    private final SheetVisitor visitor;

    LongTextCut(SheetVisitor visitor) {
        this.visitor = visitor;
    }

    @Override
    public void startSheet(String name, boolean hidden) {
        visitor.startSheet(name, hidden);
    }

    @Override
    public void row(SheetRow row) {
        if (row.cells().stream().noneMatch(c -> c.text().length() > MAX_CHARS)) {
            visitor.row(row);
            return;
        }
        List<Cell> cells = new ArrayList<>(row.cells().size());
        for (Cell cell : row.cells()) {
            if (cell.text().length() <= MAX_CHARS) {
                cells.add(cell);
                continue;
            }
            // a cut between the two halves of a surrogate pair would leave half a character
            int end = Character.isHighSurrogate(cell.text().charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
            Cell cut = new Cell(cell.column(), cell.text().substring(0, end), cell.kind(), cell.number(),
                    cell.format(), cell.mergedCopy());
            if (!cell.mergedCopy()) {
                visitor.textCut(row.number(), cut, cell.text().length());
            }
            cells.add(cut);
        }
        visitor.row(new SheetRow(row.number(), cells, row.hidden()));
    }

    @Override
    public void endSheet() {
        visitor.endSheet();
    }

    @Override
    public void textCut(int row, Cell cut, int length) {
        visitor.textCut(row, cut, length);
    }
}

package id.saring.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what a reader hands on, so that a test can assert the sheets, their rows and cells exactly. */
final class RecordingVisitor implements SheetVisitor {

    /** One sheet as the visitor saw it; {@code ended} tells that {@code endSheet} came. */
    record SheetSeen(String name, boolean hidden, List<SheetRow> rows, boolean ended) {
    }

    /** A cell whose text came cut: its row and column, and its full length. */
    record Cut(int row, int column, int length) {
    }

    private final List<SheetSeen> sheets = new ArrayList<>();
    private final List<Cut> cuts = new ArrayList<>();

    @Override
    public void startSheet(String name, boolean hidden) {
        sheets.add(new SheetSeen(name, hidden, new ArrayList<>(), false));
    }

    @Override
    public void row(SheetRow row) {
        sheets.get(sheets.size() - 1).rows().add(row);
    }

    @Override
    public void endSheet() {
        SheetSeen open = sheets.remove(sheets.size() - 1);
        sheets.add(new SheetSeen(open.name(), open.hidden(), open.rows(), true));
    }

    @Override
    public void textCut(int row, Cell cut, int length) {
        cuts.add(new Cut(row, cut.column(), length));
    }

    List<Cut> cuts() {
        return cuts;
    }

    List<SheetSeen> sheets() {
        return sheets;
    }

    SheetSeen only() {
        if (sheets.size() != 1) {
            throw new AssertionError("expected one sheet, got " + sheets.size());
        }
        return sheets.get(0);
    }

    /** Each row as {@code number: text | text …}, blank cells shown by their absence. */
    static List<String> texts(List<SheetRow> rows) {
        return rows.stream().map(r -> r.number() + ": " + String.join(" | ",
                r.cells().stream().map(c -> c.column() + "=" + c.text()).toList())).toList();
    }

    /** A visitor whose {@code row} throws {@code failure}: a bug in a later stage, as a reader sees it. */
    static SheetVisitor failingOnRow(RuntimeException failure) {
        return new SheetVisitor() {
            @Override
            public void startSheet(String name, boolean hidden) {
            }

            @Override
            public void row(SheetRow row) {
                throw failure;
            }

            @Override
            public void endSheet() {
            }
        };
    }
}

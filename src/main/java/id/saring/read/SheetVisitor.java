package id.saring.read;

/** Receives a file's sheets row by row, in order, so that no reader holds a whole sheet in memory. */
public interface SheetVisitor {

    /** A sheet begins; {@code name} is empty for single-table inputs such as CSV. */
    void startSheet(String name, boolean hidden);

    void row(SheetRow row);

    void endSheet();

    /**
     * The text of {@code cut} was {@code length} characters long, more than a cell holds ({@link
     * LongTextCut#MAX_CHARS}), and comes cut to that many in the row that follows this call, at row {@code row}.
     * Said once for the cell itself, not for the copies a merged range makes of it. Ignored unless overridden.
     */
    default void textCut(int row, Cell cut, int length) {
    }
}

package id.saring.read;

/** Receives a file's sheets row by row, in order, so that no reader holds a whole sheet in memory. */
public interface SheetVisitor {

    /** A sheet begins; {@code name} is empty for single-table inputs such as CSV. */
    void startSheet(String name, boolean hidden);

    void row(SheetRow row);

    void endSheet();
}

package id.saring.model;

/**
 * A value as one cell of an input states it.
 *
 * @param shown  the cell text as the input shows it
 * @param column 0-based column of the cell, -1 when the table has no such column
 */
public record Stated(Value value, String shown, int column) {

    private static final Stated ABSENT = new Stated(new Value.Blank(false), "", -1);

    /** The value of a column the table does not have. */
    public static Stated absent() {
        return ABSENT;
    }
}

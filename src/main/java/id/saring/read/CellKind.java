package id.saring.read;

/** What kind of content a spreadsheet cell holds. A formula cell has the kind of its cached result. */
public enum CellKind {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN,
    ERROR
}

package id.saring.layout;

/** What a table row is. */
public enum RowKind {
    /** An indicator, budget line or heading. */
    DATA,
    /** A {@code Jumlah}/{@code Total} row that sums lines above it. */
    TOTAL,
    /** A {@code Rata-rata} row that averages lines above it. */
    AVERAGE
}

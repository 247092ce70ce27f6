package id.saring.layout;

/** What a table reports: performance (target, realisasi, capaian), budget (pagu, realisasi), or both. */
public enum TableKind {
    CAPAIAN,
    BUDGET,
    MIXED;

    public boolean hasCapaian() {
        return this != BUDGET;
    }

    public boolean hasBudget() {
        return this != CAPAIAN;
    }
}

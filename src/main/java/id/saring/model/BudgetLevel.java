package id.saring.model;

/** The level of a budget line, named as in {@code anggaran.csv}. */
public enum BudgetLevel {
    PROGRAM("program"),
    KEGIATAN("kegiatan"),
    SUB_KEGIATAN("sub_kegiatan"),
    JENIS_BELANJA("jenis_belanja"),
    TOTAL("total"),
    UNKNOWN("");

    private final String code;

    BudgetLevel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

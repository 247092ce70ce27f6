package id.saring.model;

import java.util.Optional;

/**
 * The fixed vocabulary of finding categories of the user-facing contract, extended (never changed) with
 * {@code hidden-content}, {@code shifted-row}, {@code not-computable} and {@code unknown-indicator}.
 */
public enum Category {
    UNREADABLE_FILE("unreadable-file"),
    NO_TABLE("no-table"),
    MISSING_COLUMN("missing-column"),
    UNPARSEABLE_VALUE("unparseable-value"),
    AMBIGUOUS_NUMBER("ambiguous-number"),
    MISSING_VALUE("missing-value"),
    CAPAIAN_MISMATCH("capaian-mismatch"),
    ABSORPTION_MISMATCH("absorption-mismatch"),
    BUDGET_OVERRUN("budget-overrun"),
    SUM_MISMATCH("sum-mismatch"),
    PREDICATE_MISMATCH("predicate-mismatch"),
    OUT_OF_RANGE("out-of-range"),
    UNKNOWN_GRADE("unknown-grade"),
    UNIT_MISMATCH("unit-mismatch"),
    DUPLICATE_RECORD("duplicate-record"),
    CONFLICTING_VALUE("conflicting-value"),
    TARGET_TREND("target-trend"),
    /** A hidden sheet or hidden rows holding data: read like the rest, and noted. */
    HIDDEN_CONTENT("hidden-content"),
    /** A row whose cells sit one column left or right of their headers; read realigned. */
    SHIFTED_ROW("shifted-row"),
    /** A capaian that cannot be recomputed (target 0, grades the scale gives no values): said, not guessed. */
    NOT_COMPUTABLE("not-computable"),
    /** An indicator neither the catalogue nor its keywords know: its direction is assumed. */
    UNKNOWN_INDICATOR("unknown-indicator");

    private final String code;

    Category(String code) {
        this.code = code;
    }

    /** The contract's name, for example {@code capaian-mismatch}. */
    public String code() {
        return code;
    }

    public static Optional<Category> fromCode(String code) {
        for (Category c : values()) {
            if (c.code.equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

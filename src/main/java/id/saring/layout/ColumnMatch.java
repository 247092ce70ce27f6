package id.saring.layout;

import java.util.Optional;

/**
 * How one header column was read, for a planner to audit: its header text, the field it was matched to,
 * the alias that matched, how sure the match is, and what the table makes of it.
 *
 * @param confidence 1 for an alias found as written, less for one found with typos, 0 when nothing matched
 */
public record ColumnMatch(int column, String header, Optional<Field> field, String alias, double confidence,
        Use use) {

    /** What the table makes of a column. */
    public enum Use {
        /** Read as its field. */
        FIELD,
        /** A measure of another year or target, read only to report damaged numbers. */
        OTHER_YEAR,
        /** A second column of a field already given (the leftmost wins), or part of a label spanning columns. */
        DUPLICATE,
        /** Recognised as a column to leave alone (final Renstra target, notes, sources). */
        IGNORED,
        /** No alias matched. */
        UNMATCHED
    }
}

package id.saring.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** What a table cell holds once the value stage has read it. Never null: a blank cell is {@link Blank}. */
public sealed interface Value {

    /** An empty cell or a dash ({@code -}), which means zero in budget columns and "no data" elsewhere. */
    record Blank(boolean dash) implements Value {
    }

    /**
     * A number with what was written around it.
     *
     * @param amount    the number in plain units (rupiah, percent points, count)
     * @param decimals  how many decimals the input shows, so that a stated figure can be compared with
     *                  a recomputed one at the stated precision
     * @param unitWord  the word after a count ({@code Orang}, {@code kali}), empty otherwise
     */
    record Quantity(BigDecimal amount, int decimals, Unit unit, Qualifier qualifier, String unitWord)
            implements Value {

        public static Quantity plain(BigDecimal amount) {
            return new Quantity(amount, Math.max(0, amount.scale()), Unit.PLAIN, Qualifier.EXACT, "");
        }

        /** The amount at the precision shown in the input. */
        public BigDecimal shown() {
            return amount.setScale(decimals, RoundingMode.HALF_UP);
        }
    }

    /** A band target such as {@code 3 ± 1} or {@code 80 - 90}. */
    record Band(BigDecimal low, BigDecimal high) implements Value {
    }

    /** A grade or predicate word from a configured scale ({@code BB}, {@code WTP}), with its score if given. */
    record Grade(String label, Optional<BigDecimal> score) implements Value {
    }

    /** A number whose reading depends on a decimal convention the table does not settle ({@code 1.234}). */
    record Ambiguous(BigDecimal decimalReading, BigDecimal thousandsReading) implements Value {
    }

    /** Text in a numeric or grade column that cannot be interpreted. */
    record Unreadable(Reason reason) implements Value {
    }

    enum Unit { PLAIN, PERCENT, RUPIAH, COUNT }

    enum Qualifier { EXACT, AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN }

    /** Why a text could not be read as a value. */
    enum Reason {
        /** Separators that form no valid grouping: {@code 11.879.357.00}, {@code 47.500.00}. */
        BROKEN_GROUPING,
        /** Dots and commas mixed in the grouping: {@code 30,393.434.000,00}. */
        MIXED_SEPARATORS,
        /** Scientific notation, which hides digits: {@code 4,333E+09}. */
        SCIENTIFIC_NOTATION,
        /** Several numbers in one cell: {@code 89,00 4,00}. */
        SEVERAL_NUMBERS,
        /** Words that are neither a number nor a known grade: {@code N/A}. */
        NOT_A_NUMBER,
        /** A spreadsheet error value: {@code #DIV/0!}. */
        SPREADSHEET_ERROR
    }

    /** The number this value stands for where one is unambiguous: a quantity, or a grade's stated score. */
    default Optional<BigDecimal> number() {
        if (this instanceof Quantity q) {
            return Optional.of(q.amount());
        }
        if (this instanceof Grade g) {
            return g.score();
        }
        return Optional.empty();
    }
}

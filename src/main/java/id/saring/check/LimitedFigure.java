package id.saring.check;

import id.saring.model.Category;
import id.saring.model.Location;
import jakarta.validation.Payload;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One stated figure with the limits its unit allows, the view of a record that {@link OutOfRangeCheck}
 * validates.
 *
 * @param at      the cell of the figure
 * @param shown   the cell text as the input shows it
 * @param limit   why the figure has limits, which decides how a violation is explained
 * @param subject what the limits belong to: the indicator's name, or the budget column
 */
@WithinLimits(payload = LimitedFigure.OutOfRange.class)
record LimitedFigure(Location at, String shown, BigDecimal amount, Optional<BigDecimal> min, Optional<BigDecimal> max,
        Limit limit, Object subject) {

    /** Violations are out-of-range findings. */
    @ReportedAs(Category.OUT_OF_RANGE)
    interface OutOfRange extends Payload {
    }

    /** Where the limits come from, with the message keys for a figure below and above them. */
    enum Limit {
        /** A share of a whole, 0 to 100 percent: the indicator's name says it is a proportion. */
        SHARE("range.below", "range.share"),
        /** The lowest and highest value of the indicator's catalogue entry (LPPD 0 to 4, Gini 0 to 1). */
        INDICATOR("range.below", "range.above"),
        /** Spending is never below zero. */
        SPENDING("range.negative", "range.above");

        private final String below;
        private final String above;

        Limit(String below, String above) {
            this.below = below;
            this.above = above;
        }
    }

    boolean below() {
        return min.filter(m -> amount.compareTo(m) < 0).isPresent();
    }

    boolean above() {
        return max.filter(m -> amount.compareTo(m) > 0).isPresent();
    }

    boolean within() {
        return !below() && !above();
    }

    /** The limit the figure passes, the lower one first. */
    Optional<BigDecimal> passed() {
        return below() ? min : above() ? max : Optional.empty();
    }

    String messageKey() {
        return below() ? limit.below : limit.above;
    }
}

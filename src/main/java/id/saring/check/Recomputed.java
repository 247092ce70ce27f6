package id.saring.check;

import id.saring.model.Finding;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A figure recomputed from the figures it is made of, and the finding when the stated one differs.
 *
 * @param value   the recomputed figure at full precision; empty when it cannot be computed
 * @param finding present when the stated figure disagrees
 */
record Recomputed(Optional<BigDecimal> value, Optional<Finding> finding) {

    static Recomputed notComputable() {
        return new Recomputed(Optional.empty(), Optional.empty());
    }

    static Recomputed consistent(BigDecimal value) {
        return new Recomputed(Optional.of(value), Optional.empty());
    }
}

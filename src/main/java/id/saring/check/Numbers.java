package id.saring.check;

import id.saring.model.Stated;
import id.saring.model.Value.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Arithmetic the checks share: reading stated amounts and comparing at the stated precision. */
final class Numbers {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 10;

    private Numbers() {
    }

    /** The amount of a stated quantity; grades, bands, blanks and unreadable values have none. */
    static Optional<BigDecimal> amount(Stated stated) {
        return stated.value() instanceof Quantity q ? Optional.of(q.amount()) : Optional.empty();
    }

    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        return numerator.multiply(HUNDRED).divide(denominator, SCALE, RoundingMode.HALF_UP);
    }

    /**
     * True when {@code stated} equals {@code computed} truncated or rounded to the stated decimals, or lies
     * within {@code tolerance} of the rounded value: documents do both ({@code 91,1997} → {@code 91,19};
     * {@code 107,69} → {@code 108}).
     */
    static boolean consistent(BigDecimal computed, Quantity stated, BigDecimal tolerance) {
        int decimals = stated.decimals();
        BigDecimal shown = stated.shown();
        BigDecimal truncated = computed.setScale(decimals, RoundingMode.DOWN);
        BigDecimal rounded = computed.setScale(decimals, RoundingMode.HALF_UP);
        return shown.compareTo(truncated) == 0 || shown.compareTo(rounded) == 0
                || shown.subtract(rounded).abs().compareTo(tolerance) <= 0 && tolerance.signum() > 0;
    }

    static BigDecimal twoDecimals(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}

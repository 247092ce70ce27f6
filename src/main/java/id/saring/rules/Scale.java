package id.saring.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A grading scale from {@code rules/scales.yaml}: bands that grade a number, or the ordered letters and words
 * of an ordinal scale.
 */
public record Scale(String id, String source, List<Band> bands, List<String> grades) {

    /** A band with explicit edges; an empty edge is open. */
    public record Band(String label, Optional<BigDecimal> from, Optional<BigDecimal> above, Optional<BigDecimal> to,
            Optional<BigDecimal> below) {

        public boolean contains(BigDecimal value) {
            return from.map(f -> value.compareTo(f) >= 0).orElse(true)
                    && above.map(a -> value.compareTo(a) > 0).orElse(true)
                    && to.map(t -> value.compareTo(t) <= 0).orElse(true)
                    && below.map(b -> value.compareTo(b) < 0).orElse(true);
        }
    }

    /** The label of the band holding {@code value}. */
    public Optional<String> grade(BigDecimal value) {
        return bands.stream().filter(b -> b.contains(value)).map(Band::label).findFirst();
    }
}

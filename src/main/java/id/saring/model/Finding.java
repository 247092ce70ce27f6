package id.saring.model;

/**
 * One anomaly found in an input: where it is, what kind it is, and what was stated and expected.
 *
 * @param rule     the identifier of the check that produced it, for example {@code capaian.recompute}
 * @param value    the cell text as the input shows it, empty when the finding concerns no single cell; an
 *                 {@link Excerpt} of a longer text
 * @param expected the machine number or text that was expected, empty when there is none; an {@link Excerpt}
 */
public record Finding(Location location, Category category, String rule, Severity severity, Message message,
        String value, String expected) {

    public Finding {
        value = Excerpt.of(value);
        expected = Excerpt.of(expected);
    }
}

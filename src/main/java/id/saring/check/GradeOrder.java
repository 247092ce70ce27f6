package id.saring.check;

import id.saring.rules.Scale;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which of two grades is better, by an ordinal scale of {@code rules/scales.yaml} that lists both (best first): the
 * indicator's own scale when the catalogue gives one, else the first scale knowing both ({@code CC} is below
 * {@code B} on the SAKIP scale, {@code B} below {@code A-} on the IPP scale).
 */
final class GradeOrder {

    private final Collection<Scale> scales;

    GradeOrder(Collection<Scale> scales) {
        this.scales = scales;
    }

    /**
     * Negative when {@code a} is the better grade, positive when {@code b} is, 0 when they are the same grade;
     * empty when no scale lists both.
     */
    OptionalInt compare(String a, String b, Optional<String> ownScale) {
        if (GradeLabels.same(a, b)) {
            return OptionalInt.of(0);
        }
        Optional<Scale> own = ownScale.flatMap(id -> scales.stream().filter(s -> s.id().equals(id)).findFirst());
        for (Scale scale : own.map(List::of).orElse(List.of())) {
            OptionalInt order = order(scale, a, b);
            if (order.isPresent()) {
                return order;
            }
        }
        for (Scale scale : scales) {
            OptionalInt order = order(scale, a, b);
            if (order.isPresent()) {
                return order;
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt order(Scale scale, String a, String b) {
        int ia = indexOf(scale, a);
        int ib = indexOf(scale, b);
        return ia < 0 || ib < 0 ? OptionalInt.empty() : OptionalInt.of(Integer.compare(ia, ib));
    }

    private static int indexOf(Scale scale, String label) {
        for (int i = 0; i < scale.grades().size(); i++) {
            if (GradeLabels.same(scale.grades().get(i), label)) {
                return i;
            }
        }
        return -1;
    }
}

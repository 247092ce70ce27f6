package id.saring.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bands of a scale give every value from their lowest edge to their highest exactly one band: no value is in
 * two bands and none between is left out. Edges count as written: {@code to: 75} and {@code above: 75} meet,
 * {@code to: 75} and {@code from: 75} both hold 75, {@code below: 91} and {@code from: 91} meet, {@code to: 90}
 * and {@code from: 91} leave (90, 91) out. Bands may be written in any order; each problem is reported at the
 * later of its two bands in the file, with the value or interval they share or leave out.
 */
@Documented
@Constraint(validatedBy = ContiguousBands.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ContiguousBands {

    String message() default "bands overlap or leave a gap";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the bands of one scale. */
    final class Check implements ConstraintValidator<ContiguousBands, RuleFiles.Scale> {

        /** One edge of a band; a null value is an open end (no lower or no upper edge). */
        private record Edge(BigDecimal value, boolean closed) {

            static Edge of(BigDecimal closedAt, BigDecimal openAt) {
                return closedAt != null ? new Edge(closedAt, true) : new Edge(openAt, false);
            }
        }

        /** A band as an interval, with its place in the file. */
        private record Span(int index, String label, Edge lower, Edge upper) {
        }

        /** Lower edges, lowest first: no edge, then by value, an included value before an excluded one. */
        private static final Comparator<Edge> LOWER = (a, b) -> a.value() == null || b.value() == null
                ? Boolean.compare(a.value() != null, b.value() != null)
                : a.value().compareTo(b.value()) != 0 ? a.value().compareTo(b.value())
                : Boolean.compare(!a.closed(), !b.closed());

        /** Upper edges, lowest first: by value, an excluded value before an included one, then no edge. */
        private static final Comparator<Edge> UPPER = (a, b) -> a.value() == null || b.value() == null
                ? Boolean.compare(a.value() == null, b.value() == null)
                : a.value().compareTo(b.value()) != 0 ? a.value().compareTo(b.value())
                : Boolean.compare(a.closed(), b.closed());

        @Override
        public boolean isValid(RuleFiles.Scale scale, ConstraintValidatorContext context) {
            if (scale == null || scale.bands() == null) {
                return true;
            }
            List<Span> spans = new ArrayList<>();
            for (int i = 0; i < scale.bands().size(); i++) {
                RuleFiles.Band b = scale.bands().get(i);
                if (b == null || b.from() != null && b.above() != null || b.to() != null && b.below() != null) {
                    // a band with two lower or two upper edges is reported by the loader; its span is unknown
                    return true;
                }
                spans.add(new Span(i, String.valueOf(b.label()), Edge.of(b.from(), b.above()),
                        Edge.of(b.to(), b.below())));
            }
            String name = "scale '" + scale.id() + "': ";
            boolean valid = true;
            for (Span s : spans) {
                if (!holdsAValue(s.lower(), s.upper())) {
                    RuleViolation.at(context, name + "band '" + s.label() + "' holds no value (lower edge "
                            + number(s.lower()) + ", upper edge " + number(s.upper()) + ")", "bands", s.index());
                    valid = false;
                }
            }
            if (!valid) {
                return false;
            }
            for (int j = 1; j < spans.size(); j++) {
                for (int i = 0; i < j; i++) {
                    Span a = spans.get(i);
                    Span b = spans.get(j);
                    Edge lower = max(LOWER, a.lower(), b.lower());
                    Edge upper = min(UPPER, a.upper(), b.upper());
                    if (holdsAValue(lower, upper)) {
                        RuleViolation.at(context, name + "bands '" + a.label() + "' and '" + b.label() + "' overlap "
                                + interval(lower, upper), "bands", b.index());
                        valid = false;
                    }
                }
            }
            List<Span> ordered = spans.stream().sorted(Comparator.comparing(Span::lower, LOWER)).toList();
            Span reaching = ordered.isEmpty() ? null : ordered.get(0);
            for (Span next : ordered) {
                Edge reach = reaching.upper();
                if (reach.value() == null) {
                    break;
                }
                Edge start = next.lower();
                int cmp = start.value() == null ? -1 : start.value().compareTo(reach.value());
                if (cmp > 0 || cmp == 0 && !start.closed() && !reach.closed()) {
                    Span first = reaching.index() < next.index() ? reaching : next;
                    Span later = first == reaching ? next : reaching;
                    RuleViolation.at(context, name + "bands '" + first.label() + "' and '" + later.label()
                            + "' leave a gap " + interval(new Edge(reach.value(), !reach.closed()),
                                    new Edge(start.value(), !start.closed())), "bands", later.index());
                    valid = false;
                }
                if (UPPER.compare(next.upper(), reach) > 0) {
                    reaching = next;
                }
            }
            return valid;
        }

        /** True when some value lies between the two edges. */
        private static boolean holdsAValue(Edge lower, Edge upper) {
            if (lower.value() == null || upper.value() == null) {
                return true;
            }
            int cmp = lower.value().compareTo(upper.value());
            return cmp < 0 || cmp == 0 && lower.closed() && upper.closed();
        }

        /** {@code at 75} for a single value, else {@code on [76, 80)} with inf for an open end. */
        private static String interval(Edge lower, Edge upper) {
            if (lower.value() != null && upper.value() != null && lower.value().compareTo(upper.value()) == 0) {
                return "at " + lower.value().toPlainString();
            }
            return "on " + (lower.value() == null ? "(-inf" : (lower.closed() ? "[" : "(") + number(lower)) + ", "
                    + (upper.value() == null ? "inf)" : number(upper) + (upper.closed() ? "]" : ")"));
        }

        private static String number(Edge edge) {
            return edge.value() == null ? "none" : edge.value().toPlainString();
        }

        private static Edge max(Comparator<Edge> order, Edge a, Edge b) {
            return order.compare(a, b) >= 0 ? a : b;
        }

        private static Edge min(Comparator<Edge> order, Edge a, Edge b) {
            return order.compare(a, b) <= 0 ? a : b;
        }
    }
}

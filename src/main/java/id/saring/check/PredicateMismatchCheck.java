package id.saring.check;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Reason;
import id.saring.model.Value.Unreadable;
import id.saring.rules.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A stated predicate or grade that contradicts the score it belongs to ({@code predicate-mismatch}).
 *
 * <ul>
 *   <li>The predikat column against the capaian of its row (the stated one, else the recomputed one) on the
 *       region's predicate scale, when the stated predikat is a label of that scale: under Muara Enim's scale a
 *       capaian of 100 is Sangat Baik, not Baik (seed 000 l.1958-1985).</li>
 *   <li>A grade stated with its score ({@code A (86,45)}, {@code B(64,59)}) whose score lies outside that grade's
 *       band on every scale that gives the grade a band; the indicator's own scale, when its catalogue entry
 *       names one that does, is the only one asked.</li>
 * </ul>
 */
final class PredicateMismatchCheck {

    private final Findings findings;
    private final Scale predicateScale;
    private final Collection<Scale> scales;

    PredicateMismatchCheck(Findings findings, Scale predicateScale, Collection<Scale> scales) {
        this.findings = findings;
        this.predicateScale = predicateScale;
        this.scales = scales;
    }

    /**
     * @param scale      the scale of the indicator's catalogue entry, if it names one
     * @param recomputed the recomputed capaian at two decimals, empty when it cannot be computed
     */
    List<Finding> check(CapaianRecord record, Optional<Scale> scale, Optional<BigDecimal> recomputed) {
        List<Finding> found = new ArrayList<>();
        predikat(record, recomputed).ifPresent(found::add);
        for (Stated s : List.of(record.target(), record.realisasi(), record.predikat())) {
            if (s.value() instanceof Grade g && g.score().isPresent()) {
                score(record.location(), s, g, scale).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<Finding> predikat(CapaianRecord record, Optional<BigDecimal> recomputed) {
        Stated predikat = record.predikat();
        Optional<String> label = labelOf(predikat).flatMap(l -> GradeLabels.bandOf(predicateScale, l));
        if (label.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal figure;
        Message of;
        if (record.capaian().value() instanceof Quantity stated) {
            figure = stated.amount();
            of = Message.of("figure.stated", record.capaian().shown());
        } else if (recomputed.isPresent()) {
            figure = recomputed.get();
            of = Message.of("figure.recomputed", recomputed.get());
        } else {
            return Optional.empty();
        }
        Optional<Scale.Band> band = predicateScale.bands().stream().filter(b -> b.contains(figure)).findFirst();
        if (band.isEmpty() || GradeLabels.same(band.get().label(), label.get())) {
            return Optional.empty();
        }
        Location at = record.location().withColumn(predikat.column());
        return Optional.of(findings.of(Category.PREDICATE_MISMATCH, "predicate.scale", at,
                Message.of("predicate.capaian", predikat.shown(), at.cell(), of, band.get().label(),
                        describe(band.get()), predicateScale.id()),
                predikat.shown(), band.get().label()));
    }

    /** The grade a predikat cell states: a known grade, or a band label the value stage does not know. */
    private static Optional<String> labelOf(Stated predikat) {
        if (predikat.value() instanceof Grade g) {
            return Optional.of(g.label());
        }
        if (predikat.value() instanceof Unreadable u && u.reason() == Reason.NOT_A_NUMBER) {
            return Optional.of(GradeLabels.labelOf(predikat.shown()));
        }
        return Optional.empty();
    }

    private Optional<Finding> score(Location row, Stated s, Grade grade, Optional<Scale> own) {
        BigDecimal score = grade.score().orElseThrow();
        List<Scale> banded = own.filter(sc -> GradeLabels.bandOf(sc, grade.label()).isPresent()).map(List::of)
                .orElseGet(() -> scales.stream().filter(sc -> GradeLabels.bandOf(sc, grade.label()).isPresent())
                        .toList());
        for (Scale sc : banded) {
            String label = GradeLabels.bandOf(sc, grade.label()).orElseThrow();
            if (sc.bands().stream().anyMatch(b -> b.label().equals(label) && b.contains(score))) {
                return Optional.empty();
            }
        }
        for (Scale sc : banded) {
            Optional<Scale.Band> band = sc.bands().stream().filter(b -> b.contains(score)).findFirst();
            if (band.isPresent()) {
                Location at = row.withColumn(s.column());
                return Optional.of(findings.of(Category.PREDICATE_MISMATCH, "predicate.score", at,
                        Message.of("predicate.score", s.shown(), at.cell(), score, band.get().label(),
                                describe(band.get()), sc.id(), grade.label()),
                        s.shown(), band.get().label()));
            }
        }
        return Optional.empty();
    }

    /** The edges of a band in words: {@code ≥ 100}, {@code > 75 dan < 100}. */
    static Message describe(Scale.Band band) {
        Optional<Message> lower = band.from().map(v -> Message.of("band.from", v))
                .or(() -> band.above().map(v -> Message.of("band.above", v)));
        Optional<Message> upper = band.to().map(v -> Message.of("band.to", v))
                .or(() -> band.below().map(v -> Message.of("band.below", v)));
        if (lower.isPresent() && upper.isPresent()) {
            return Message.of("band.between", lower.get(), upper.get());
        }
        return lower.or(() -> upper).orElse(Message.of("band.any"));
    }
}

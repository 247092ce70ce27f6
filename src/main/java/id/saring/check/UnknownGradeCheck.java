package id.saring.check;

import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Reason;
import id.saring.model.Value.Unreadable;
import id.saring.rules.Scale;
import id.saring.rules.ValueRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A grade letter or word that no configured scale knows ({@code unknown-grade}): in the predikat column any
 * text that is no grade or band label of a scale; in the target or realisasi a short text of a grade's shape
 * ({@code BBB}, {@code A+}, {@code CCC}, the shape is {@code values.grade_token} of the rules); and, for an
 * indicator its catalogue entry grades with a scale, any word in a target or realisasi of any year that no scale
 * knows (seed 000 l.2463: Nilai LPPD, target 2022 {@code Prestasi Tinggi}, where the LPPD status scale says
 * Tinggi). Such a target or realisasi is {@link #claims claimed} from the unreadable numbers, so that it is
 * reported once.
 */
final class UnknownGradeCheck {

    /** A word or a few, letters only: a grade's name ({@code Prestasi Tinggi}), no number, no sentence. */
    private static final Pattern WORDS = Pattern.compile("\\p{L}+(?: \\p{L}+){0,3}");

    private final Findings findings;
    private final ValueRules values;
    private final GradeLabels labels;
    private final Scale predicateScale;
    private final boolean enabled;

    UnknownGradeCheck(Findings findings, ValueRules values, GradeLabels labels, Scale predicateScale,
            boolean enabled) {
        this.findings = findings;
        this.values = values;
        this.labels = labels;
        this.predicateScale = predicateScale;
        this.enabled = enabled;
    }

    /**
     * True for a target or realisasi that is a grade no scale knows, rather than a damaged number.
     *
     * @param scale the scale the indicator's catalogue entry grades it with, if any
     */
    boolean claims(Stated s, Optional<Scale> scale) {
        if (!enabled || !(s.value() instanceof Unreadable u) || u.reason() != Reason.NOT_A_NUMBER) {
            return false;
        }
        String label = GradeLabels.labelOf(s.shown());
        boolean graded = scale.filter(sc -> !sc.grades().isEmpty() || !sc.bands().isEmpty()).isPresent();
        return (values.looksLikeGrade(label) || graded && WORDS.matcher(label).matches()) && !labels.knows(label);
    }

    /**
     * @param scale the scale the indicator's catalogue entry grades it with, if any: its labels are named, and
     *              the words of other years' targets and realisasi are held to it
     */
    List<Finding> check(CapaianRecord record, Optional<Scale> scale) {
        List<Finding> found = new ArrayList<>();
        List<Stated> values = new ArrayList<>(List.of(record.target(), record.realisasi()));
        if (scale.isPresent()) {
            values.addAll(record.otherValues());
        }
        for (Stated s : values) {
            if (claims(s, scale)) {
                found.add(finding(record.location(), s, scale));
            }
        }
        Stated predikat = record.predikat();
        if (predikat.column() >= 0 && predikat.value() instanceof Unreadable u && u.reason() == Reason.NOT_A_NUMBER
                && !GradeLabels.labelOf(predikat.shown()).isEmpty()
                && !labels.knows(GradeLabels.labelOf(predikat.shown()))) {
            found.add(finding(record.location(), predikat, Optional.of(predicateScale)));
        }
        return found;
    }

    private Finding finding(Location row, Stated s, Optional<Scale> scale) {
        Location at = row.withColumn(s.column());
        Message message = scale.map(sc -> Message.of("grade.unknown-scale", s.shown(), at.cell(), sc.id(),
                String.join(", ", sc.grades().isEmpty()
                        ? sc.bands().stream().map(Scale.Band::label).toList() : sc.grades())))
                .orElse(Message.of("grade.unknown", s.shown(), at.cell()));
        return findings.of(Category.UNKNOWN_GRADE, "grade.unknown", at, message, s.shown(), "");
    }
}

package id.saring.check;

import id.saring.model.Arah;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value;
import id.saring.model.Value.Band;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import java.util.Optional;

/**
 * A capaian that cannot be recomputed from a stated target and realisasi ({@code not-computable}), said once
 * per record with the reason instead of a guessed figure: a zero target, a zero realisasi of a lower-is-better
 * indicator, grades that no scale gives a value, a band where one figure is needed.
 *
 * <p>Only records whose target and realisasi are both stated and readable are considered: a blank one is a
 * {@code missing-value}, an unreadable or ambiguous one is already reported as such, and a table of targets
 * only (a Perjanjian Kinerja) has nothing to compute.
 */
final class NotComputableCheck {

    private final Findings findings;

    NotComputableCheck(Findings findings) {
        this.findings = findings;
    }

    /** Called for a record whose capaian {@link CapaianCheck} could not recompute. */
    Optional<Finding> check(CapaianRecord record, Arah arah) {
        Value target = record.target().value();
        Value realisasi = record.realisasi().value();
        if (record.target().column() < 0 || record.realisasi().column() < 0 || !comparable(target)
                || !comparable(realisasi)) {
            return Optional.empty();
        }
        Stated capaian = record.capaian();
        Stated at = capaian.column() >= 0 ? capaian : record.target();
        Location cell = record.location().withColumn(at.column());
        String key = capaian.shown().isBlank() ? "not-computable" : "not-computable.stated";
        Message message = Message.of(key, capaian.shown(), cell.cell(), record.target().shown(),
                record.realisasi().shown(), reason(arah, target, realisasi));
        return Optional.of(findings.of(Category.NOT_COMPUTABLE, "capaian.not-computable", cell, message, at.shown(),
                ""));
    }

    private static boolean comparable(Value v) {
        return v instanceof Quantity || v instanceof Grade || v instanceof Band;
    }

    private static Message reason(Arah arah, Value target, Value realisasi) {
        if (target instanceof Band b && arah != Arah.RENTANG) {
            return Message.of("not-computable.band-target", b.low(), b.high(), arah.code());
        }
        if (realisasi instanceof Band b) {
            return Message.of("not-computable.band-realisasi", b.low(), b.high());
        }
        boolean targetUnscored = target instanceof Grade t && t.score().isEmpty();
        boolean realisasiUnscored = realisasi instanceof Grade r && r.score().isEmpty();
        if (targetUnscored && realisasiUnscored) {
            return Message.of("not-computable.grades", ((Grade) target).label(), ((Grade) realisasi).label());
        }
        if (targetUnscored) {
            return Message.of("not-computable.grade-without-score", ((Grade) target).label());
        }
        if (realisasiUnscored) {
            return Message.of("not-computable.grade-without-score", ((Grade) realisasi).label());
        }
        if (target.number().filter(t -> t.signum() == 0).isPresent()) {
            return Message.of("not-computable.zero-target");
        }
        if (arah == Arah.TURUN && realisasi.number().filter(r -> r.signum() == 0).isPresent()) {
            return Message.of("not-computable.zero-realisasi");
        }
        return Message.of("not-computable.other");
    }
}

package id.saring.check;

import id.saring.model.Arah;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.model.Value;
import id.saring.model.Value.Band;
import id.saring.model.Value.Grade;
import id.saring.model.Value.Quantity;
import id.saring.rules.CheckSettings;
import id.saring.rules.CheckSettings.InverseFormula;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Recomputes a capaian from target and realisasi and compares it with the stated one ({@code capaian-mismatch}).
 *
 * <ul>
 *   <li>{@code naik}: realisasi / target × 100.</li>
 *   <li>{@code turun}: the configured inverse formula, (2 × target − realisasi) / target × 100 (floored at 0)
 *       or target / realisasi × 100; a stated figure that only the other formula explains is reported as
 *       such, with the configured severity.</li>
 *   <li>{@code rentang}: 100 inside the band, else compared with the nearest bound.</li>
 *   <li>{@code biner}: 100 when realisasi states what the target states, else 0.</li>
 * </ul>
 * A grade with a stated score ({@code B(64,59)}) counts as that score, and a grade against the same grade is
 * 100 under any scale; other grades without a score, a zero target, or a zero realisasi of a {@code turun}
 * indicator leave the capaian not computable rather than guessed ({@link NotComputableCheck} says why). An
 * indicator's catalogue entry may name its own inverse formula. A region's declared cap cuts the recomputed
 * capaian to it; without a cap, a stated 100 below a higher recomputed capaian looks capped and is reported with
 * the configured severity.
 */
final class CapaianCheck {

    /** A recomputed capaian and the formula that gave it, with the numbers filled in. */
    record Computation(BigDecimal value, Message formula) {
    }

    private final CheckSettings settings;
    private final Findings findings;

    CapaianCheck(CheckSettings settings, Findings findings) {
        this.settings = settings;
        this.findings = findings;
    }

    Recomputed check(CapaianRecord record, Arah arah) {
        return check(record, arah, settings.inverseFormula());
    }

    /**
     * @param inverse the inverse formula of this indicator: its catalogue entry's own where it has one, else the
     *                region's
     */
    Recomputed check(CapaianRecord record, Arah arah, InverseFormula inverse) {
        Optional<Computation> computed = compute(arah, record.target().value(), record.realisasi().value(),
                inverse);
        if (computed.isEmpty()) {
            return Recomputed.notComputable();
        }
        // a region that caps capaian (seed 001: 100 % for 121,25 %) states the capped figure
        BigDecimal value = settings.cap().filter(cap -> computed.get().value().compareTo(cap) > 0)
                .orElse(computed.get().value());
        if (!(record.capaian().value() instanceof Quantity stated)
                || Numbers.consistent(value, stated, settings.capaianTolerance())) {
            return Recomputed.consistent(value);
        }
        Location at = record.location().withColumn(record.capaian().column());
        String shown = record.capaian().shown();
        String expected = Findings.plain(value);
        Message formula = computed.get().formula();
        BigDecimal rounded = Numbers.twoDecimals(value);
        Finding finding;
        Optional<Computation> other = arah == Arah.TURUN
                ? compute(arah, record.target().value(), record.realisasi().value(), other(inverse))
                : Optional.empty();
        if (stated.amount().compareTo(Numbers.HUNDRED) == 0 && value.compareTo(Numbers.HUNDRED) > 0) {
            finding = findings.of(Category.CAPAIAN_MISMATCH, settings.cappedSeverity(), "capaian.capped", at,
                    Message.of("capaian.capped", shown, at.cell(), formula, rounded), shown, expected);
        } else if (other.isPresent() && Numbers.consistent(other.get().value(), stated, settings.capaianTolerance())) {
            finding = findings.of(Category.CAPAIAN_MISMATCH, settings.otherFormulaSeverity(), "capaian.inverse-formula",
                    at, Message.of("capaian.other-formula", shown, at.cell(), other.get().formula(), formula, rounded),
                    shown, expected);
        } else if (value.compareTo(computed.get().value()) < 0) {
            finding = findings.of(Category.CAPAIAN_MISMATCH, "capaian.recompute", at,
                    Message.of("capaian.mismatch-capped", shown, at.cell(), formula,
                            Numbers.twoDecimals(computed.get().value()), rounded), shown, expected);
        } else {
            finding = findings.of(Category.CAPAIAN_MISMATCH, "capaian.recompute", at,
                    Message.of("capaian.mismatch", shown, at.cell(), formula, rounded), shown, expected);
        }
        return new Recomputed(Optional.of(value), Optional.of(finding));
    }

    private static InverseFormula other(InverseFormula inverse) {
        return inverse == InverseFormula.REGULATION ? InverseFormula.RATIO : InverseFormula.REGULATION;
    }

    static Optional<Computation> compute(Arah arah, Value target, Value realisasi, InverseFormula inverse) {
        // whatever values a scale gives its grades, equal grades have equal values: BB of BB, WTP of WTP*
        if (target instanceof Grade t && realisasi instanceof Grade r && t.label().equalsIgnoreCase(r.label())
                && (t.score().isEmpty() || r.score().isEmpty())) {
            return Optional.of(new Computation(Numbers.HUNDRED, Message.of("formula.biner", r.label(), t.label())));
        }
        if (arah == Arah.BINER && target instanceof Grade t && t.score().isEmpty()
                && realisasi instanceof Grade r && r.score().isEmpty()) {
            BigDecimal value = t.label().equalsIgnoreCase(r.label()) ? Numbers.HUNDRED : BigDecimal.ZERO;
            return Optional.of(new Computation(value, Message.of("formula.biner", r.label(), t.label())));
        }
        Optional<BigDecimal> real = realisasi.number();
        if (arah == Arah.RENTANG && target instanceof Band band && real.isPresent()) {
            return Optional.of(band(band, real.get()));
        }
        Optional<BigDecimal> tgt = target.number();
        if (tgt.isEmpty() || real.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal t = tgt.get();
        BigDecimal r = real.get();
        if (arah != Arah.TURUN) {
            return t.signum() == 0 ? Optional.empty()
                    : Optional.of(new Computation(Numbers.percent(r, t), Message.of("formula.naik", r, t)));
        }
        if (t.signum() == 0 || r.signum() == 0) {
            return Optional.empty();
        }
        if (inverse == InverseFormula.RATIO) {
            return Optional.of(new Computation(Numbers.percent(t, r), Message.of("formula.turun.ratio", r, t)));
        }
        BigDecimal value = Numbers.percent(t.add(t).subtract(r), t).max(BigDecimal.ZERO);
        return Optional.of(new Computation(value, Message.of("formula.turun.regulation", r, t)));
    }

    /** Inside the band 100; below it, against the lower bound; above it, inversely against the upper bound. */
    private static Computation band(Band band, BigDecimal real) {
        Message formula = Message.of("formula.rentang", real, band.low(), band.high());
        if (real.compareTo(band.low()) < 0) {
            return new Computation(band.low().signum() == 0 ? BigDecimal.ZERO : Numbers.percent(real, band.low()),
                    formula);
        }
        if (real.compareTo(band.high()) > 0) {
            BigDecimal high = band.high();
            return new Computation(Numbers.percent(high.add(high).subtract(real), high).max(BigDecimal.ZERO), formula);
        }
        return new Computation(Numbers.HUNDRED, formula);
    }
}

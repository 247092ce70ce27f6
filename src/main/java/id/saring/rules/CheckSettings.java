package id.saring.rules;

import id.saring.model.Category;
import id.saring.model.Severity;
import java.math.BigDecimal;
import java.util.Map;

/**
 * How strict the checks are, from {@code rules/checks.yaml}.
 *
 * @param inverseFormula     the formula for lower-is-better indicators
 * @param capaianTolerance   percentage points a stated capaian may differ beyond truncation or rounding
 * @param predicateScale     the scale that grades a recomputed capaian
 * @param cappedSeverity     severity of a stated 100 that hides a higher capaian
 * @param otherFormulaSeverity severity of a capaian right only by the other inverse formula
 * @param serapanTolerance   percentage points a stated absorption may differ
 * @param sumTolerance       rupiah a total may differ from the sum of its parts
 */
public record CheckSettings(InverseFormula inverseFormula, BigDecimal capaianTolerance, Scale predicateScale,
        Severity cappedSeverity, Severity otherFormulaSeverity, BigDecimal serapanTolerance, BigDecimal sumTolerance,
        Map<Category, Severity> severities) {

    /** The two inverse formulas regions use for lower-is-better indicators. */
    public enum InverseFormula {
        /** (2 × target − realisasi) / target × 100, the regulations' form. */
        REGULATION,
        /** target / realisasi × 100. */
        RATIO
    }

    public Severity severity(Category category) {
        return severities.getOrDefault(category, Severity.ERROR);
    }
}

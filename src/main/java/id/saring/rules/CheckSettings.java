package id.saring.rules;

import id.saring.model.Category;
import id.saring.model.Severity;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How strict the checks are, from {@code rules/checks.yaml} and the profile of a region.
 *
 * @param inverseFormula       the formula for lower-is-better indicators
 * @param capaianTolerance     percentage points a stated capaian may differ beyond truncation or rounding
 * @param predicateScale       the scale that grades a recomputed capaian
 * @param cap                  the highest capaian a region's rule allows (a stated 100 for 121,25 is then right),
 *                             none by default
 * @param cappedSeverity       severity of a stated 100 that hides a higher capaian when no cap is declared
 * @param otherFormulaSeverity severity of a capaian right only by the other inverse formula
 * @param serapanTolerance     percentage points a stated absorption may differ
 * @param sumTolerance         rupiah a total may differ from the sum of its parts
 * @param severities           the severity of each category
 * @param disabled             categories whose checks do not run ({@code off} in the rule files)
 */
public record CheckSettings(InverseFormula inverseFormula, BigDecimal capaianTolerance, Scale predicateScale,
        Optional<BigDecimal> cap, Severity cappedSeverity, Severity otherFormulaSeverity, BigDecimal serapanTolerance,
        BigDecimal sumTolerance, Map<Category, Severity> severities, Set<Category> disabled) {

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

    public boolean enabled(Category category) {
        return !disabled.contains(category);
    }

    public CheckSettings withInverseFormula(InverseFormula formula) {
        return new CheckSettings(formula, capaianTolerance, predicateScale, cap, cappedSeverity, otherFormulaSeverity,
                serapanTolerance, sumTolerance, severities, disabled);
    }

    public CheckSettings withCapaianTolerance(BigDecimal tolerance) {
        return new CheckSettings(inverseFormula, tolerance, predicateScale, cap, cappedSeverity, otherFormulaSeverity,
                serapanTolerance, sumTolerance, severities, disabled);
    }

    public CheckSettings withPredicateScale(Scale scale) {
        return new CheckSettings(inverseFormula, capaianTolerance, scale, cap, cappedSeverity, otherFormulaSeverity,
                serapanTolerance, sumTolerance, severities, disabled);
    }

    public CheckSettings withCap(Optional<BigDecimal> highest) {
        return new CheckSettings(inverseFormula, capaianTolerance, predicateScale, highest, cappedSeverity,
                otherFormulaSeverity, serapanTolerance, sumTolerance, severities, disabled);
    }

    /** These settings with {@code changed} severities; a category set to off is disabled, one set again enabled. */
    public CheckSettings withSeverities(Map<Category, Severity> changed, Set<Category> off) {
        Map<Category, Severity> all = new java.util.EnumMap<>(Category.class);
        all.putAll(severities);
        all.putAll(changed);
        Set<Category> none = java.util.EnumSet.noneOf(Category.class);
        none.addAll(disabled);
        none.removeAll(changed.keySet());
        none.addAll(off);
        return new CheckSettings(inverseFormula, capaianTolerance, predicateScale, cap, cappedSeverity,
                otherFormulaSeverity, serapanTolerance, sumTolerance, Map.copyOf(all), Set.copyOf(none));
    }
}

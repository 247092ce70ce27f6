package id.saring.check;

import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Stated;
import id.saring.rules.BudgetRules.Section;
import id.saring.rules.CheckSettings;
import id.saring.rules.IndicatorCatalogue;
import id.saring.rules.RuleSet;
import id.saring.rules.Scale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The checks of one record's own values beyond its recomputed figures: missing values, values out of range or
 * in the wrong unit, unknown grades, predicates that contradict their score, capaian that cannot be computed,
 * and indicators whose direction is assumed.
 */
final class RecordChecks {

    private final RuleSet rules;
    private final MissingValueCheck missing;
    private final OutOfRangeCheck range;
    private final UnitMismatchCheck units;
    private final UnknownGradeCheck grades;
    private final PredicateMismatchCheck predicates;
    private final NotComputableCheck notComputable;
    private final UnknownIndicatorCheck unknownIndicator;

    RecordChecks(RuleSet rules, Findings findings) {
        this.rules = rules;
        CheckSettings settings = rules.checks();
        this.missing = new MissingValueCheck(findings);
        this.range = new OutOfRangeCheck(findings);
        this.units = new UnitMismatchCheck(findings, rules.values());
        this.grades = new UnknownGradeCheck(findings, rules.values(), new GradeLabels(rules.scales().values()),
                settings.predicateScale(), settings.enabled(Category.UNKNOWN_GRADE));
        this.predicates = new PredicateMismatchCheck(findings, settings.predicateScale(), rules.scales().values());
        this.notComputable = new NotComputableCheck(findings);
        this.unknownIndicator = new UnknownIndicatorCheck(findings);
    }

    /**
     * The target, realisasi and capaian, of a record whose catalogue entry is {@code entry}, the unparseable and ambiguous number checks look at: unknown grades are
     * reported as such.
     */
    List<Stated> numbers(CapaianRecord record, Optional<IndicatorCatalogue.Entry> entry) {
        Optional<Scale> scale = scaleOf(entry);
        return Stream.of(record.target(), record.realisasi(), record.capaian())
                .filter(s -> !grades.claims(s, scale)).toList();
    }

    private Optional<Scale> scaleOf(Optional<IndicatorCatalogue.Entry> entry) {
        return entry.flatMap(IndicatorCatalogue.Entry::scale).map(rules.scales()::get);
    }

    /**
     * @param entry      the indicator's catalogue entry, if any
     * @param direction  the indicator's direction and where it came from
     * @param recomputed the recomputed capaian at two decimals, empty when it cannot be computed
     */
    List<Finding> capaian(CapaianRecord record, Optional<IndicatorCatalogue.Entry> entry,
            IndicatorCatalogue.Direction direction, Optional<BigDecimal> recomputed) {
        IndicatorCatalogue catalogue = rules.indicators();
        Optional<Scale> scale = scaleOf(entry);
        IndicatorUnit unit = IndicatorUnit.of(record, entry, rules.values());
        boolean unitChecked = rules.checks().enabled(Category.UNIT_MISMATCH);
        List<Finding> found = new ArrayList<>(missing.check(record, recomputed));
        found.addAll(grades.check(record, scale));
        found.addAll(units.check(record, unit));
        found.addAll(range.check(record, entry, unit, catalogue.isProportion(record.indikator()),
                s -> unitChecked && units.reports(s, unit)));
        found.addAll(predicates.check(record, scale, recomputed));
        if (recomputed.isEmpty()) {
            notComputable.check(record, direction.arah()).ifPresent(found::add);
        }
        unknownIndicator.check(record, direction).ifPresent(found::add);
        return found;
    }

    /** @param section the line's section of the budget, empty when its place does not say */
    List<Finding> budget(BudgetLine line, Optional<Section> section) {
        List<Finding> found = new ArrayList<>();
        missing.check(line).ifPresent(found::add);
        found.addAll(range.check(line, section));
        return found;
    }
}

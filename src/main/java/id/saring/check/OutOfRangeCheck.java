package id.saring.check;

import id.saring.model.BudgetLine;
import id.saring.model.CapaianRecord;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Message;
import id.saring.model.Stated;
import id.saring.model.Value.Quantity;
import id.saring.model.Value.Unit;
import id.saring.rules.BudgetRules.Section;
import id.saring.rules.IndicatorCatalogue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A value outside what its unit allows ({@code out-of-range}): a share of a whole above 100 % (an indicator named
 * {@code Persentase …}, see {@link IndicatorCatalogue#isProportion}), a target or realisasi beyond its catalogue
 * entry's {@code min} or {@code max} (LPPD above 4, IKM above 100, Gini above 1), a negative pagu or realisasi
 * on a spending line.
 *
 * <p>Each figure is checked as a {@link LimitedFigure} against its {@link WithinLimits} constraint by a Bean
 * Validation {@link Validator}; every violation becomes a finding at the figure's cell, in the category its
 * constraint's payload names. A figure is reported once, for the first limit it passes.
 */
final class OutOfRangeCheck {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    private static final Optional<BigDecimal> ZERO = Optional.of(BigDecimal.ZERO);
    private static final Optional<BigDecimal> HUNDRED = Optional.of(Numbers.HUNDRED);

    private final Findings findings;

    OutOfRangeCheck(Findings findings) {
        this.findings = findings;
    }

    /**
     * @param proportion        true when the indicator's name says it is a share of a whole
     * @param reportedElsewhere figures another check reports instead: a value in the wrong unit, a percent too
     *                          large to be one, are unit-mismatches
     */
    List<Finding> check(CapaianRecord record, Optional<IndicatorCatalogue.Entry> entry, IndicatorUnit unit,
            boolean proportion, Predicate<Stated> reportedElsewhere) {
        List<Finding> found = new ArrayList<>();
        for (Stated s : List.of(record.target(), record.realisasi())) {
            if (!(s.value() instanceof Quantity q) || q.unit() == Unit.RUPIAH || q.unit() == Unit.COUNT
                    || reportedElsewhere.test(s)) {
                continue;
            }
            List<LimitedFigure> figures = new ArrayList<>();
            if (proportion && unit.mayBePercent(q)) {
                figures.add(figure(record, s, q, ZERO, HUNDRED, LimitedFigure.Limit.SHARE, record.indikator().strip()));
            }
            entry.filter(e -> unit.asCatalogue() && (e.min().isPresent() || e.max().isPresent())).ifPresent(e -> figures.add(
                    figure(record, s, q, e.min(), e.max(), LimitedFigure.Limit.INDICATOR, e.name())));
            firstViolation(figures).ifPresent(found::add);
        }
        return found;
    }

    /** Only spending cannot be negative: revenue, financing and balance lines (SURPLUS/DEFISIT) can. */
    List<Finding> check(BudgetLine line, Optional<Section> section) {
        if (section.isPresent() && section.get() != Section.EXPENDITURE) {
            return List.of();
        }
        List<Finding> found = new ArrayList<>();
        spending(line, line.pagu(), "column.pagu").ifPresent(found::add);
        spending(line, line.realisasi(), "column.realisasi").ifPresent(found::add);
        return found;
    }

    private Optional<Finding> spending(BudgetLine line, Stated s, String column) {
        if (!(s.value() instanceof Quantity q)) {
            return Optional.empty();
        }
        return firstViolation(List.of(new LimitedFigure(line.location().withColumn(s.column()), s.shown(),
                q.amount(), ZERO, Optional.empty(), LimitedFigure.Limit.SPENDING, Message.of(column))));
    }

    private static LimitedFigure figure(CapaianRecord record, Stated s, Quantity q, Optional<BigDecimal> min,
            Optional<BigDecimal> max, LimitedFigure.Limit limit, String subject) {
        return new LimitedFigure(record.location().withColumn(s.column()), s.shown(), q.amount(), min, max, limit,
                subject);
    }

    private Optional<Finding> firstViolation(List<LimitedFigure> figures) {
        for (LimitedFigure figure : figures) {
            if (figure.within()) {
                continue; // what the constraint passes (nearly every figure), without the validator's cost
            }
            for (ConstraintViolation<LimitedFigure> v : VALIDATOR.validate(figure)) {
                return Optional.of(finding(figure, v));
            }
        }
        return Optional.empty();
    }

    private Finding finding(LimitedFigure figure, ConstraintViolation<LimitedFigure> violation) {
        Category category = violation.getConstraintDescriptor().getPayload().stream()
                .map(OutOfRangeCheck::categoryOf).flatMap(Optional::stream).findFirst()
                .orElse(Category.OUT_OF_RANGE);
        BigDecimal limit = figure.passed().orElseThrow();
        return findings.of(category, "value.range", figure.at(),
                Message.of(violation.getMessageTemplate(), figure.shown(), figure.at().cell(), limit,
                        figure.subject()),
                figure.shown(), Findings.plain(limit));
    }

    /** The category a payload type is reported as, if it names one. */
    private static Optional<Category> categoryOf(Class<? extends Payload> payload) {
        return Optional.ofNullable(payload.getAnnotation(ReportedAs.class)).map(ReportedAs::value);
    }
}

package id.saring.check;

import id.saring.model.BudgetLine;
import id.saring.model.Category;
import id.saring.model.Finding;
import id.saring.model.Location;
import id.saring.model.Message;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Realisasi above pagu on a spending line ({@code budget-overrun}). Revenue that beats its target, and
 * balance lines, are not overruns.
 */
final class BudgetOverrunCheck {

    private final Findings findings;

    BudgetOverrunCheck(Findings findings) {
        this.findings = findings;
    }

    Optional<Finding> check(BudgetLine line, Optional<Section> section) {
        if (section.isPresent() && section.get() != Section.EXPENDITURE) {
            return Optional.empty();
        }
        Optional<BigDecimal> pagu = Numbers.amount(line.pagu());
        Optional<BigDecimal> realisasi = Numbers.amount(line.realisasi());
        if (pagu.isEmpty() || realisasi.isEmpty() || realisasi.get().compareTo(pagu.get()) <= 0) {
            return Optional.empty();
        }
        Location at = line.location().withColumn(line.realisasi().column());
        String shown = line.realisasi().shown();
        return Optional.of(findings.of(Category.BUDGET_OVERRUN, "budget.overrun", at,
                Message.of("budget.overrun", shown, at.cell(), pagu.get(), realisasi.get().subtract(pagu.get())),
                shown, Findings.plain(pagu.get())));
    }
}

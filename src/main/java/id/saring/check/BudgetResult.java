package id.saring.check;

import id.saring.model.BudgetLevel;
import id.saring.model.BudgetLine;
import id.saring.rules.BudgetRules.Section;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A budget line with what the checks found out about it.
 *
 * @param level         its level in the budget's hierarchy
 * @param section       the part of the budget it belongs to (revenue, spending, financing), when known
 * @param serapanHitung realisasi / pagu × 100 at two decimals; empty when pagu is zero or missing
 */
public record BudgetResult(BudgetLine line, BudgetLevel level, Optional<Section> section,
        Optional<BigDecimal> serapanHitung) {
}

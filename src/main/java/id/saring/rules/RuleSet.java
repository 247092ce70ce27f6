package id.saring.rules;

import id.saring.layout.HeaderVocabulary;
import id.saring.value.GradeVocabulary;
import java.util.Map;

/**
 * Everything saring knows about the domain, loaded from the rule files.
 *
 * @param scales every scale by id
 */
public record RuleSet(HeaderVocabulary columns, GradeVocabulary grades, IndicatorCatalogue indicators,
        Map<String, Scale> scales, CheckSettings checks, BudgetRules budget) {
}

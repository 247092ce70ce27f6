package id.saring.rules;

import id.saring.layout.HeaderVocabulary;
import id.saring.value.GradeVocabulary;
import java.util.Map;
import java.util.Optional;

/**
 * Everything saring knows about the domain, loaded from the rule files.
 *
 * @param scales   every scale by id
 * @param profiles every region's profile by name ({@code profiles/NAME.yaml})
 * @param profile  the name of the profile whose settings {@link #checks()} are, empty for the bundled ones
 * @param values   unit words and the shapes of values, the same for every profile
 */
public record RuleSet(HeaderVocabulary columns, GradeVocabulary grades, IndicatorCatalogue indicators,
        Map<String, Scale> scales, CheckSettings checks, BudgetRules budget, Map<String, Profile> profiles,
        String profile, ValueRules values) {

    /** A region's overrides: its own capaian scale, cap, inverse formula, severities. */
    public record Profile(String name, String description, CheckSettings checks) {
    }

    /** These rules with the checks of profile {@code name}; empty when there is no such profile. */
    public Optional<RuleSet> withProfile(String name) {
        return Optional.ofNullable(profiles.get(name)).map(p -> new RuleSet(columns, grades, indicators, scales,
                p.checks(), budget, profiles, name, values));
    }
}

package id.saring.rules;

import id.saring.layout.Words;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every alias leads to one place: a header alias to one field of {@code columns.yaml} (or to {@code ignore}), an
 * indicator alias to one entry of {@code indicators.yaml}, a keyword to one arah. Aliases are compared as they are
 * matched, normalised ({@code "Capaian (%)"} is {@code "capaian %"}); an alias given twice in one place is a
 * problem too, since one of the two is not what its author meant. The second occurrence is reported, naming the
 * first.
 */
@Documented
@Constraint(validatedBy = {DistinctAliases.InColumns.class, DistinctAliases.InIndicators.class})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DistinctAliases {

    String message() default "an alias is given twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /**
     * Where an alias was first seen: the list that holds it ({@code owner}: a field, {@code ignore}, an arah, an
     * entry's index), that list described for a message ({@code field 'target'}), and the alias as written.
     */
    record Seen(Object owner, String place, String written) {

        /**
         * Records {@code alias} as seen in {@code owner}'s list, or gives where it was seen before; a blank alias
         * (reported by its own constraint) is never a repeat.
         */
        static Seen before(Map<String, Seen> seen, String alias, Object owner, String place) {
            if (alias == null || Words.normalise(alias).isEmpty()) {
                return null;
            }
            return seen.putIfAbsent(Words.normalise(alias), new Seen(owner, place, alias));
        }

        /**
         * How a repeat in {@code by}'s list reads: {@code listed twice} when that is this list, else {@code already}
         * and this place ({@code already an alias of field 'target'}); with this spelling when it differs.
         */
        String repeated(Object by, String already, String repeated) {
            return (owner.equals(by) ? "listed twice" : already + place) + RuleViolation.as(written, repeated);
        }
    }

    /** Header aliases of the fields, the ignored headers and the fallbacks. */
    final class InColumns implements ConstraintValidator<DistinctAliases, RuleFiles.ColumnsFile> {

        /** The owner of the ignored headers: no field code, so never taken for a field's list. */
        private static final Object IGNORE = new Object();

        @Override
        public boolean isValid(RuleFiles.ColumnsFile file, ConstraintValidatorContext context) {
            if (file == null) {
                return true;
            }
            Map<String, Seen> seen = new HashMap<>();
            boolean valid = true;
            if (file.fields() != null) {
                for (Map.Entry<String, List<String>> field : file.fields().entrySet()) {
                    List<String> aliases = field.getValue() == null ? List.of() : field.getValue();
                    String place = "field '" + field.getKey() + "'";
                    for (int i = 0; i < aliases.size(); i++) {
                        String alias = aliases.get(i);
                        Seen first = Seen.before(seen, alias, field.getKey(), place);
                        if (first != null) {
                            RuleViolation.at(context, place + ": alias '" + alias + "' is "
                                    + first.repeated(field.getKey(), "already an alias of ", alias),
                                    "fields", field.getKey(), i);
                            valid = false;
                        }
                    }
                }
            }
            List<String> ignore = file.ignore() == null ? List.of() : file.ignore();
            for (int i = 0; i < ignore.size(); i++) {
                Seen first = Seen.before(seen, ignore.get(i), IGNORE, "ignore");
                if (first != null) {
                    RuleViolation.at(context, "ignore: '" + ignore.get(i) + "' is "
                            + first.repeated(IGNORE, "already an alias of ", ignore.get(i)), "ignore", i);
                    valid = false;
                }
            }
            Map<String, List<String>> fallback = file.fallback() == null ? Map.of() : file.fallback();
            for (Map.Entry<String, List<String>> field : fallback.entrySet()) {
                List<String> aliases = field.getValue() == null ? List.of() : field.getValue();
                String place = "fallback '" + field.getKey() + "'";
                for (int i = 0; i < aliases.size(); i++) {
                    Seen first = Seen.before(seen, aliases.get(i), place, place);
                    if (first != null) {
                        RuleViolation.at(context, place + ": '" + aliases.get(i) + "' is "
                                + first.repeated(place, "already an alias of ", aliases.get(i)), "fallback",
                                field.getKey(), i);
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }

    /** Aliases of the catalogue's entries, and the keywords of each arah. */
    final class InIndicators implements ConstraintValidator<DistinctAliases, RuleFiles.IndicatorsFile> {

        @Override
        public boolean isValid(RuleFiles.IndicatorsFile file, ConstraintValidatorContext context) {
            if (file == null) {
                return true;
            }
            boolean valid = true;
            Map<String, Seen> keywords = new HashMap<>();
            if (file.keywords() != null) {
                for (Map.Entry<String, List<String>> arah : file.keywords().entrySet()) {
                    List<String> words = arah.getValue() == null ? List.of() : arah.getValue();
                    for (int i = 0; i < words.size(); i++) {
                        String word = words.get(i);
                        Seen first = Seen.before(keywords, word, arah.getKey(), arah.getKey());
                        if (first != null) {
                            RuleViolation.at(context, "keywords." + arah.getKey() + ": '" + word + "' is "
                                    + first.repeated(arah.getKey(), "already a keyword of ", word),
                                    "keywords", arah.getKey(), i);
                            valid = false;
                        }
                    }
                }
            }
            Map<String, Seen> aliases = new HashMap<>();
            List<RuleFiles.Indicator> indicators = file.indicators() == null ? List.of() : file.indicators();
            for (int i = 0; i < indicators.size(); i++) {
                RuleFiles.Indicator indicator = indicators.get(i);
                if (indicator == null || indicator.aliases() == null) {
                    continue;
                }
                String place = "indicator '" + indicator.name() + "'";
                for (int j = 0; j < indicator.aliases().size(); j++) {
                    String alias = indicator.aliases().get(j);
                    // the entry's index, not its name: two entries may share a name
                    Seen first = Seen.before(aliases, alias, i, place);
                    if (first != null) {
                        RuleViolation.at(context, place + ": alias '" + alias + "' is "
                                + first.repeated(i, "already an alias of ", alias), "indicators", i, "aliases", j);
                        valid = false;
                    }
                }
            }
            return valid;
        }
    }
}

package id.saring.rules;

import id.saring.value.GradeVocabulary;
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
import java.util.Map;

/**
 * A scale lists each grade once, compared as grade cells are (case and spacing ignored: {@code WTP} and
 * {@code wtp} are one grade, {@code A} and {@code A-} two). The second of a pair is reported.
 */
@Documented
@Constraint(validatedBy = DistinctGrades.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface DistinctGrades {

    String message() default "a grade is listed twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the grades of one scale. */
    final class Check implements ConstraintValidator<DistinctGrades, RuleFiles.Scale> {

        @Override
        public boolean isValid(RuleFiles.Scale scale, ConstraintValidatorContext context) {
            if (scale == null || scale.grades() == null) {
                return true;
            }
            Map<String, String> seen = new HashMap<>();
            boolean valid = true;
            for (int i = 0; i < scale.grades().size(); i++) {
                String grade = scale.grades().get(i);
                if (grade == null) {
                    continue;
                }
                String first = seen.putIfAbsent(GradeVocabulary.key(grade), grade);
                if (first != null) {
                    RuleViolation.at(context, "scale '" + scale.id() + "': grade '" + grade + "' is listed twice"
                            + RuleViolation.as(first, grade), "grades", i);
                    valid = false;
                }
            }
            return valid;
        }
    }
}

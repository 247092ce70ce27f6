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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bands of a {@code grades} scale score its grades (SAKIP AA above 90 to 100): each band's label is one of
 * the scale's grades, compared as grade cells are (case and spacing ignored).
 */
@Documented
@Constraint(validatedBy = GradedBands.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface GradedBands {

    String message() default "a band of a grades scale is not one of its grades";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the band labels of one scale. */
    final class Check implements ConstraintValidator<GradedBands, RuleFiles.Scale> {

        @Override
        public boolean isValid(RuleFiles.Scale scale, ConstraintValidatorContext context) {
            if (scale == null || !"grades".equals(scale.kind()) || scale.bands() == null || scale.grades() == null) {
                return true;
            }
            Set<String> grades = scale.grades().stream().filter(Objects::nonNull).map(GradeVocabulary::key)
                    .collect(Collectors.toSet());
            boolean valid = true;
            for (int i = 0; i < scale.bands().size(); i++) {
                RuleFiles.Band band = scale.bands().get(i);
                if (band != null && band.label() != null && !grades.contains(GradeVocabulary.key(band.label()))) {
                    RuleViolation.at(context, "scale '" + scale.id() + "': band '" + band.label()
                            + "' is not one of its grades (" + String.join(", ", scale.grades()) + ")", "bands", i);
                    valid = false;
                }
            }
            return valid;
        }
    }
}

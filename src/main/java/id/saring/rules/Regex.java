package id.saring.rules;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A Java regular expression that compiles; the problem names the pattern and what is wrong with it. */
@Documented
@Constraint(validatedBy = Regex.Check.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@interface Regex {

    String message() default "not a regular expression";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Compiles the pattern. */
    final class Check implements ConstraintValidator<Regex, String> {

        @Override
        public boolean isValid(String pattern, ConstraintValidatorContext context) {
            if (pattern == null) {
                return true;
            }
            try {
                Pattern.compile(pattern);
                return true;
            } catch (PatternSyntaxException e) {
                RuleViolation.here(context, "pattern '" + pattern + "' does not compile: " + e.getDescription());
                return false;
            }
        }
    }
}

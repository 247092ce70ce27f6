package id.saring.check;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link LimitedFigure} lies within the limits its unit allows. A violation's message template is the key of
 * the message that explains it ({@code range.share}, {@code range.above}, {@code range.below},
 * {@code range.negative}); its payload names the finding category it is reported as ({@link ReportedAs}).
 */
@Documented
@Constraint(validatedBy = WithinLimits.Check.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithinLimits {

    String message() default "range.above";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Validates a figure against its lowest and highest allowed value. */
    final class Check implements ConstraintValidator<WithinLimits, LimitedFigure> {

        @Override
        public boolean isValid(LimitedFigure figure, ConstraintValidatorContext context) {
            if (figure == null || figure.within()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(figure.messageKey()).addConstraintViolation();
            return false;
        }
    }
}

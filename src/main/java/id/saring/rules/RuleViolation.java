package id.saring.rules;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;

/**
 * A problem that one of saring's own constraints found in a rule file, reported at the list item it is about so
 * that the loader can give its line ({@code scales[0].bands[3]} is the line of the fourth band of the first
 * scale). The message says everything: the loader prints it as it is, without the property path that the
 * standard constraints' messages need.
 */
final class RuleViolation {

    private RuleViolation() {
    }

    /** Reports {@code message} at item {@code index} of the list {@code property}. */
    static void at(ConstraintValidatorContext context, String message, String property, int index) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template(message))
                .addPropertyNode(property)
                .addBeanNode().inIterable().atIndex(index)
                .addConstraintViolation();
    }

    /** Reports {@code message} at item {@code index} of the list under {@code key} of the map {@code property}. */
    static void at(ConstraintValidatorContext context, String message, String property, String key, int index) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template(message))
                .addPropertyNode(property)
                .addContainerElementNode("<map value>", Map.class, 1).inIterable().atKey(key)
                .addBeanNode().inIterable().atIndex(index)
                .addConstraintViolation();
    }

    /** Reports {@code message} at item {@code childIndex} of the list {@code child} of item {@code index}. */
    static void at(ConstraintValidatorContext context, String message, String property, int index, String child,
            int childIndex) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template(message))
                .addPropertyNode(property)
                .addPropertyNode(child).inIterable().atIndex(index)
                .addBeanNode().inIterable().atIndex(childIndex)
                .addConstraintViolation();
    }

    /** Reports {@code message} at the property the constraint is on. */
    static void here(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(template(message)).addConstraintViolation();
    }

    /**
     * How a name's first occurrence was written when the repeated one is written differently but means the same
     * ({@code " (as 'real')"} after alias {@code 'Real.'}); empty when both read alike.
     */
    static String as(String first, String repeated) {
        return first.equals(repeated) ? "" : " (as '" + first + "')";
    }

    /**
     * The message as a message template: a label, alias or pattern may hold {@code { } $ \}, which a template
     * reads as parameters and escapes ({@code ^program(\b}, {@code \d{2}}).
     */
    private static String template(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}

package id.saring.check;

import id.saring.model.Category;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the finding category that a constraint violation carrying this payload type becomes: the payload of a
 * Bean Validation constraint says what its violations are reported as.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ReportedAs {

    Category value();
}

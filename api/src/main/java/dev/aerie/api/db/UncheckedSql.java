package dev.aerie.api.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences the compile-time SQL checker's warning that a {@link Session} call in this method or
 * class passes SQL built at run time, which the checker cannot see. Use it only where the SQL is
 * assembled from constants; never concatenate request input into SQL (docs/checked-sql.md).
 */
@Documented
@Target({ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
public @interface UncheckedSql {
    /** Why the SQL cannot be a constant, for the reader. */
    String value() default "";
}

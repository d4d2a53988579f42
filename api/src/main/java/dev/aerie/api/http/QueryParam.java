package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a query parameter. A plain parameter of a simple type (String, numbers,
 * boolean, UUID, enums, dates) that is not a path variable is a query parameter anyway; this
 * annotation renames it or gives it a default. {@code Optional<T>} makes it optional, {@code List<T>}
 * collects repeated values ({@code ?tag=a&tag=b}).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface QueryParam {
    /** The query parameter's name; empty means the parameter's name. */
    String value() default "";

    /** The value used when the request has none; empty means "required" (unless Optional or List). */
    String defaultValue() default "";
}

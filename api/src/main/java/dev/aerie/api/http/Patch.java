package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a controller method answer HTTP PATCH requests on the controller's path plus {@link #value()},
 * which may hold {@code {name}} path variables.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Patch {
    /** The sub-path under the controller's path, such as {@code "/{id}"}; empty for the controller's path itself. */
    String value() default "";
}

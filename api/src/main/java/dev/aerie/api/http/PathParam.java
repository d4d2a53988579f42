package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to the path variable {@code {value}}. Without this annotation a parameter whose
 * name matches a path variable binds to it anyway.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface PathParam {
    /** The path variable's name; empty means the parameter's name. */
    String value() default "";
}

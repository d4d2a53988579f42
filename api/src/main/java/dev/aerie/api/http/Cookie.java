package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a parameter to a cookie of the request's {@code Cookie} header, such as
 * {@code @Cookie("session") String session}. Required unless the parameter is an
 * {@code Optional}; converted like a query parameter.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.CLASS)
public @interface Cookie {
    /** The cookie's name; empty means the parameter's name. */
    String value() default "";
}

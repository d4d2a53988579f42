package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the root {@code @Module}: Helidon filters ({@code io.helidon.webserver.http.Filter}) around
 * every request the server answers, including 404s, CORS preflights and routes Aerie did not
 * generate, in the order listed (the first is outermost). Each is a singleton injectable the root
 * module sees; the processor checks that each implements {@code Filter}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Filters {
    /** Classes implementing {@code io.helidon.webserver.http.Filter}, outermost first. */
    Class<?>[] value();
}

package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A class whose {@link Get @Get}, {@link Post @Post}, {@link Put @Put}, {@link Patch @Patch} and
 * {@link Delete @Delete} methods become HTTP routes. List it in a module's {@code controllers};
 * it is an injectable (a singleton) like any provider.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Controller {
    /** The path every route of this controller starts with, such as {@code "/books"}; empty for the root. */
    String value() default "";
}

package dev.aerie.api.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value of a {@link ConfigProperties} component when its key is not set, written as in
 * configuration ({@code "8192"}, {@code "true"}, {@code "1h"}, {@code "a, b"}); checked against the
 * component's type at compile time.
 */
@Documented
@Target(ElementType.RECORD_COMPONENT)
@Retention(RetentionPolicy.CLASS)
public @interface ConfigDefault {
    String value();
}

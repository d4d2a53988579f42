package dev.aerie.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A factory method on a {@link Module} class: its return type (with any qualifier on the method)
 * is bound to what it returns, and its parameters are injected. Singleton unless
 * {@link #scope()} says otherwise.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface Provides {
    Scope scope() default Scope.SINGLETON;
}

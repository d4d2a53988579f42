package dev.aerie.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A unit of the application graph, with NestJS semantics.
 *
 * <p>A module sees its own {@link #providers()} and {@link #controllers()}, plus whatever the
 * modules it {@link #imports() imports} {@link #exports() export}. Anything else is a compile
 * error naming the module to import or the provider to export.
 *
 * <p>A module class may also declare {@link Provides @Provides} factory methods for
 * third-party types and interface bindings; what they provide counts as the module's providers.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Module {
    /** Modules whose exports this module may inject. */
    Class<?>[] imports() default {};

    /** Classes whose methods become HTTP routes; they are injectables too. */
    Class<?>[] controllers() default {};

    /** Injectable classes owned by this module. */
    Class<?>[] providers() default {};

    /** Provider types (or imported modules, to re-export them) visible to importing modules. */
    Class<?>[] exports() default {};
}

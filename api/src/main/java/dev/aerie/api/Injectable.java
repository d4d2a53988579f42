package dev.aerie.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class the container creates and injects. Singleton unless {@link #scope()} says otherwise.
 *
 * <p>Plain JSR-330 classes (an {@code @Inject} constructor, optionally {@code @Singleton}) may be
 * listed as providers too; without {@code @Injectable} or {@code @Singleton} they are
 * {@link Scope#TRANSIENT}, as JSR-330 requires.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.CLASS)
public @interface Injectable {
    Scope scope() default Scope.SINGLETON;
}

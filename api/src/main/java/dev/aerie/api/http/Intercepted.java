package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Attaches {@link Interceptor}s, with the rules of {@link Guarded}: on a route method, a
 * controller or a module (its controllers and every module it imports; on the root module, every
 * route). The outermost runs first: root module, importing modules, the controller's module, the
 * controller, the method. Each must be a binding the attaching module sees. On an annotation type,
 * to whatever carries that annotation, as for {@code @Guarded}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Intercepted {
    /** The interceptors, outermost first. */
    Class<? extends Interceptor>[] value();
}

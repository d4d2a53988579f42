package dev.aerie.api.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Attaches {@link Guard}s: on a route method, to it; on a controller class, to its routes; on a
 * {@code @Module}, to the routes of its controllers and of every module it imports, directly or
 * not (so on the root module, to every route). A route runs its guards in the order root module
 * first, then each importing module down to the controller's own, then the controller, then the
 * method, each list in the order written; a guard attached twice runs once, at its first place.
 * The processor resolves this at compile time. Each guard class must be a binding the
 * controller's module sees, like any injectable.
 *
 * <p>On an annotation type, to every method, controller or module that carries that annotation,
 * at that annotation's place (after the element's own {@code @Guarded}): this is how an
 * annotation such as {@code @RolesAllowed("admin")} brings the guard that enforces it, so it
 * cannot be written and then forgotten. The guard reads the annotation's {@code value} from
 * {@link Route#values(Class)}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Guarded {
    /** The guards, in the order they run. */
    Class<? extends Guard>[] value();
}

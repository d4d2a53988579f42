package dev.aerie.api.http;

import java.lang.annotation.Annotation;
import java.util.Set;

/**
 * The handler a request matched, as the processor saw it at compile time: what a {@link Guard}
 * reads to decide, without reflection. {@code annotations} holds the qualified names of the
 * annotations on the handler method and on its controller class (such as
 * {@code com.example.Authenticated}).
 *
 * @param method      the HTTP method, such as {@code POST}
 * @param template    the route pattern, such as {@code /books/{id}}
 * @param controller  the qualified name of the controller class
 * @param handler     the name of the handler method
 * @param annotations qualified names of the annotations on the method and its class
 */
public record Route(String method, String template, String controller, String handler, Set<String> annotations) {

    public Route {
        annotations = Set.copyOf(annotations);
    }

    /** Whether the handler method or its controller carries annotation {@code type}. */
    public boolean annotated(Class<? extends Annotation> type) {
        return annotations.contains(type.getCanonicalName());
    }
}

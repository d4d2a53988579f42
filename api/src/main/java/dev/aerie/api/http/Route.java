package dev.aerie.api.http;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The handler a request matched, as the processor saw it at compile time: what a {@link Guard}
 * reads to decide, without reflection. {@code annotations} holds the qualified names of the
 * annotations on the handler method and on its controller class (such as
 * {@code com.example.Authenticated}); {@code values} the text of those that have a {@code String}
 * or {@code String[]} {@code value}, such as the roles of {@code @RolesAllowed({"admin", "editor"})}.
 *
 * @param method      the HTTP method, such as {@code POST}
 * @param template    the route pattern, such as {@code /books/{id}}
 * @param controller  the qualified name of the controller class
 * @param handler     the name of the handler method
 * @param annotations qualified names of the annotations on the method and its class
 * @param values      by qualified annotation name, the {@code value} of each such annotation; where
 *                    the method and its class both carry one, the method's
 */
public record Route(String method, String template, String controller, String handler, Set<String> annotations,
                    Map<String, List<String>> values) {

    public Route {
        annotations = Set.copyOf(annotations);
        values = Map.copyOf(values);
    }

    /** A route none of whose annotations has a text {@code value}. */
    public Route(String method, String template, String controller, String handler, Set<String> annotations) {
        this(method, template, controller, handler, annotations, Map.of());
    }

    /** Whether the handler method or its controller carries annotation {@code type}. */
    public boolean annotated(Class<? extends Annotation> type) {
        return annotations.contains(type.getCanonicalName());
    }

    /**
     * The {@code value} of annotation {@code type} on the handler method, or else on its controller;
     * empty when neither carries it (or its {@code value} is not text).
     */
    public List<String> values(Class<? extends Annotation> type) {
        return values.getOrDefault(type.getCanonicalName(), List.of());
    }
}

package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** How one controller method parameter gets its value. */
sealed interface ParamModel {
    VariableElement element();

    default String name() {
        return element().getSimpleName().toString();
    }

    /** A {@code {name}} path variable converted to a simple type. */
    record PathVariable(VariableElement element, String variable, SimpleType type) implements ParamModel {}

    /**
     * A query parameter or header.
     *
     * @param header       whether it is a header rather than a query parameter
     * @param key          the query parameter or header name
     * @param type         the element type
     * @param shape        single, optional or list
     * @param defaultValue the value when absent, for single values
     */
    record Named(VariableElement element, boolean header, String key, SimpleType type, Shape shape,
                 Optional<String> defaultValue) implements ParamModel {}

    /** The JSON body. */
    record JsonBody(VariableElement element, TypeMirror type, TypeName typeName, boolean valid) implements ParamModel {}

    /** Helidon's {@code ServerRequest}. */
    record Request(VariableElement element) implements ParamModel {}

    /** Helidon's {@code ServerResponse}. */
    record Response(VariableElement element) implements ParamModel {}

    /** An injectable from the graph, looked up per request (request-scoped ones differ per request). */
    record Injected(VariableElement element, TypeMirror type, TypeName typeName) implements ParamModel {}

    /** How many values a named parameter takes. */
    enum Shape { SINGLE, OPTIONAL, LIST }
}

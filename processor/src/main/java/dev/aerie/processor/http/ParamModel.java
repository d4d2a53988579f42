package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import java.util.List;
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
     * A query parameter, header or cookie.
     *
     * @param in           where it is read from
     * @param key          the query parameter, header or cookie name
     * @param type         the element type
     * @param shape        single, optional or list
     * @param defaultValue the value when absent, for single values
     */
    record Named(VariableElement element, In in, String key, SimpleType type, Shape shape,
                 Optional<String> defaultValue) implements ParamModel {

        boolean header() {
            return in == In.HEADER;
        }

        /** How messages name it: {@code header 'X-Tenant'}. */
        String what() {
            return in.text + " '" + key + "'";
        }
    }

    /** Where a named parameter is read from. */
    enum In {
        QUERY("query parameter"), HEADER("header"), COOKIE("cookie");

        final String text;

        In(String text) {
            this.text = text;
        }
    }

    /** The JSON body. */
    record JsonBody(VariableElement element, TypeMirror type, TypeName typeName, boolean valid) implements ParamModel {}

    /** An {@code application/x-www-form-urlencoded} body bound to a record, one field per component. */
    record FormBody(VariableElement element, TypeMirror type, TypeName typeName, List<FormField> fields, boolean valid)
            implements ParamModel {}

    /** A record component read from the form field of its name. */
    record FormField(String name, SimpleType type, Shape shape) {}

    /** Helidon's {@code ServerRequest}. */
    record Request(VariableElement element) implements ParamModel {}

    /** Helidon's {@code ServerResponse}. */
    record Response(VariableElement element) implements ParamModel {}

    /** An injectable from the graph, looked up per request (request-scoped ones differ per request). */
    record Injected(VariableElement element, TypeMirror type, TypeName typeName) implements ParamModel {}

    /** How many values a named parameter takes. */
    enum Shape { SINGLE, OPTIONAL, LIST }
}

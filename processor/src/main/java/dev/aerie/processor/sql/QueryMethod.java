package dev.aerie.processor.sql;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * One {@code @Sql} method of a {@code @Queries} interface, as the writer needs it.
 *
 * @param name the method name
 * @param parameters its parameters, bound to the {@code :name} parameters of the same name
 * @param sql the statement
 * @param shape which {@code Session} call runs it and how the result is returned
 * @param returnType the declared return type
 * @param element the row type (entity, projection or scalar class); {@code void} for updates
 */
record QueryMethod(String name, List<Param> parameters, String sql, Shape shape, TypeName returnType, TypeName element) {

    QueryMethod {
        parameters = List.copyOf(parameters);
    }

    record Param(String name, TypeName type) {}

    /** How the statement runs; "mapped" is an entity or projection, "scalar" anything fetchVal converts. */
    enum Shape {
        EXECUTE_VOID,
        EXECUTE_INT,
        EXECUTE_LONG,
        LIST_MAPPED,
        LIST_SCALAR,
        OPTIONAL_MAPPED,
        OPTIONAL_SCALAR,
        STREAM_MAPPED,
        ONE_MAPPED,
        ONE_SCALAR
    }
}

package dev.aerie.processor.sql;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Queries} interface whose implementation can be written.
 *
 * @param type the interface
 * @param methods its {@code @Sql} methods in declaration order
 */
record QueryInterface(ClassName type, List<QueryMethod> methods) {
    QueryInterface {
        methods = List.copyOf(methods);
    }

    /** {@code ArticleQueries_Queries}, next to the interface ({@code Outer_Inner_Queries} for a nested one). */
    ClassName implementation() {
        return ClassName.get(type.packageName(), String.join("_", type.simpleNames()) + "_Queries");
    }
}

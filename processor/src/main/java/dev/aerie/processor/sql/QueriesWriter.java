package dev.aerie.processor.sql;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.aerie.processor.codegen.Generation;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>_Queries}: one method per {@code @Sql} method, each a single
 * {@code Session} call with the parameters in a map (a {@code HashMap}, since arguments may be null).
 */
final class QueriesWriter {
    static final ClassName SESSION = ClassName.get("dev.aerie.api.db", "Session");
    private static final ClassName ROW_NOT_FOUND = ClassName.get("dev.aerie.api.db", "RowNotFoundException");
    private static final ClassName ROW = ClassName.get("dev.aerie.api.db", "Row");
    private static final ClassName HASH_MAP = ClassName.get("java.util", "HashMap");

    private QueriesWriter() {}

    static JavaFile write(QueryInterface queries) {
        ClassName impl = queries.implementation();
        TypeSpec.Builder type = TypeSpec.classBuilder(impl)
                .addJavadoc("The generated implementation of {@link $T}: each method runs its @Sql statement in the\n"
                        + "request's session.\n", queries.type())
                .addAnnotation(Generation.GENERATED)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(queries.type())
                .addField(FieldSpec.builder(SESSION, "session", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE)
                        .addParameter(SESSION, "session")
                        .addStatement("this.session = session")
                        .build())
                .addMethod(MethodSpec.methodBuilder("create")
                        .addJavadoc("What the container calls; {@code session} is the request-bound one.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(queries.type())
                        .addParameter(SESSION, "session")
                        .addStatement("return new $T(session)", impl)
                        .build());
        for (QueryMethod method : queries.methods()) {
            type.addMethod(method(queries, method));
        }
        return Generation.javaFile(impl.packageName(), type.build());
    }

    private static MethodSpec method(QueryInterface queries, QueryMethod method) {
        MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(method.returnType());
        method.parameters().forEach(p -> spec.addParameter(p.type(), p.name()));
        String params = "params";
        if (method.parameters().isEmpty()) {
            spec.addStatement("$T<$T, Object> $N = $T.of()", Map.class, String.class, params, Map.class);
        } else {
            spec.addStatement("$T<$T, Object> $N = new $T<>()", Map.class, String.class, params, HASH_MAP);
            method.parameters().forEach(p -> spec.addStatement("$N.put($S, $N)", params, p.name(), p.name()));
        }
        CodeBlock sql = CodeBlock.of("$S", method.sql());
        TypeName element = method.element();
        CodeBlock missing = CodeBlock.of("() -> new $T($S, $T.of())", ROW_NOT_FOUND,
                queries.type().simpleName() + "." + method.name() + " found no row.", Map.class);
        switch (method.shape()) {
            case EXECUTE_VOID -> spec.addStatement("session.execute($L, $N)", sql, params);
            case EXECUTE_INT -> spec.addStatement("return session.execute($L, $N)", sql, params);
            case EXECUTE_LONG -> spec.addStatement("return session.execute($L, $N)", sql, params);
            case LIST_MAPPED -> spec.addStatement("return session.fetchAll($T.class, $L, $N)", element, sql, params);
            case LIST_SCALAR -> spec.addStatement("return session.fetchAll($L, $N).stream()\n"
                    + ".map(($T row) -> row.get(row.columns().get(0), $T.class).orElse(null))\n.toList()",
                    sql, params, ROW, element);
            case OPTIONAL_MAPPED -> spec.addStatement("return session.fetchOne($T.class, $L, $N)", element, sql, params);
            case OPTIONAL_SCALAR -> spec.addStatement("return session.fetchVal($T.class, $L, $N)", element, sql, params);
            case STREAM_MAPPED -> spec.addStatement("return session.iterate($T.class, $L, $N)", element, sql, params);
            case ONE_MAPPED -> spec.addStatement("return session.fetchOne($T.class, $L, $N).orElseThrow($L)",
                    element, sql, params, missing);
            case ONE_SCALAR -> spec.addStatement("return session.fetchVal($T.class, $L, $N).orElseThrow($L)",
                    element, sql, params, missing);
        }
        return spec.build();
    }
}

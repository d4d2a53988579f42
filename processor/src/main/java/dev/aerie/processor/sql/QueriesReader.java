package dev.aerie.processor.sql;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Reads a {@code @Queries} interface into a {@link QueryInterface}, reporting what cannot be generated. */
final class QueriesReader {
    static final String QUERIES = "dev.aerie.api.db.Queries";
    static final String SQL = "dev.aerie.api.db.Sql";
    private static final Set<String> MAPPED = Set.of("dev.aerie.api.db.Entity", "dev.aerie.api.db.Projection");
    private static final Set<String> SCALARS = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
            "java.math.BigDecimal", "java.util.UUID", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.Instant", "java.time.OffsetDateTime");
    private static final String FIX_RETURN = "Return void, int or long (update count), or T, Optional<T>, List<T> or"
            + " ResultStream<T> where T is an @Entity, a @Projection record or a scalar (String, a number, UUID, a date).";

    private final Types types;
    private final Consumer<Diagnostic> report;

    QueriesReader(Types types, Consumer<Diagnostic> report) {
        this.types = types;
        this.report = report;
    }

    /** The interface, or empty when something was reported. */
    Optional<QueryInterface> read(TypeElement type) {
        if (type.getKind() != ElementKind.INTERFACE) {
            report.accept(Diagnostic.of(DiagnosticKind.BAD_QUERIES, type, "@Queries " + type.getSimpleName()
                    + " is not an interface; the processor generates the implementation of an interface.",
                    "Declare it as `interface " + type.getSimpleName() + "` with @Sql methods."));
            return Optional.empty();
        }
        if (type.getModifiers().contains(Modifier.PRIVATE) || !type.getTypeParameters().isEmpty()) {
            report.accept(Diagnostic.of(DiagnosticKind.BAD_QUERIES, type, "@Queries interface " + type.getSimpleName()
                    + " is private or generic, so its generated implementation cannot implement it.",
                    "Make it a non-generic, non-private interface."));
            return Optional.empty();
        }
        boolean ok = true;
        List<QueryMethod> methods = new ArrayList<>();
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (method.getModifiers().contains(Modifier.STATIC) || method.isDefault()
                    || method.getModifiers().contains(Modifier.PRIVATE)) {
                continue;
            }
            Optional<QueryMethod> read = method(type, method);
            read.ifPresent(methods::add);
            ok &= read.isPresent();
        }
        return ok ? Optional.of(new QueryInterface(ClassName.get(type), methods)) : Optional.empty();
    }

    private Optional<QueryMethod> method(TypeElement owner, ExecutableElement method) {
        String where = owner.getSimpleName() + "." + method.getSimpleName() + "()";
        Optional<AnnotationMirror> sql = annotation(method, SQL);
        if (sql.isEmpty()) {
            report.accept(Diagnostic.of(DiagnosticKind.BAD_QUERIES, method, where + " has no @Sql statement, so there"
                    + " is nothing to generate for it.", "Annotate it @Sql(\"select ...\"), or make it a default method."));
            return Optional.empty();
        }
        if (!method.getTypeParameters().isEmpty()) {
            report.accept(Diagnostic.of(DiagnosticKind.BAD_QUERIES, method, where + " is generic; the statement's"
                    + " result type must be known at compile time.", "Name the result type instead of a type variable."));
            return Optional.empty();
        }
        String text = sqlValue(sql.get()).map(v -> (String) v.getValue()).orElse("");
        List<QueryMethod.Param> params = new ArrayList<>();
        for (VariableElement p : method.getParameters()) {
            params.add(new QueryMethod.Param(p.getSimpleName().toString(), TypeName.get(p.asType())));
        }
        TypeMirror returned = method.getReturnType();
        Optional<QueryMethod> shaped = shape(text, returned).map(s -> new QueryMethod(method.getSimpleName().toString(),
                params, text, s.shape(), TypeName.get(returned), s.element()));
        if (shaped.isEmpty()) {
            report.accept(Diagnostic.of(DiagnosticKind.BAD_QUERIES, method, where + " returns " + returned
                    + ", which a " + (SqlText.returnsRows(text) ? "query" : "statement without RETURNING")
                    + " cannot produce.", FIX_RETURN));
        }
        return shaped;
    }

    private record Shaped(QueryMethod.Shape shape, TypeName element) {}

    private Optional<Shaped> shape(String sql, TypeMirror returned) {
        boolean rows = SqlText.returnsRows(sql);
        TypeKind kind = returned.getKind();
        if (!rows) {
            return switch (kind) {
                case VOID -> Optional.of(new Shaped(QueryMethod.Shape.EXECUTE_VOID, TypeName.VOID));
                case INT -> Optional.of(new Shaped(QueryMethod.Shape.EXECUTE_INT, TypeName.INT));
                case LONG -> Optional.of(new Shaped(QueryMethod.Shape.EXECUTE_LONG, TypeName.LONG));
                default -> Optional.empty();
            };
        }
        if (kind.isPrimitive()) {
            return Optional.of(new Shaped(QueryMethod.Shape.ONE_SCALAR, TypeName.get(types.boxedClass(
                    types.getPrimitiveType(kind)).asType())));
        }
        if (!(returned instanceof DeclaredType declared)) {
            return Optional.empty();
        }
        String raw = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        List<? extends TypeMirror> args = declared.getTypeArguments();
        if (args.size() == 1 && args.get(0) instanceof DeclaredType arg) {
            boolean mapped = mapped(arg);
            boolean scalar = scalar(arg);
            TypeName element = TypeName.get(arg);
            return switch (raw) {
                case "java.util.List" -> mapped ? shaped(QueryMethod.Shape.LIST_MAPPED, element)
                        : scalar ? shaped(QueryMethod.Shape.LIST_SCALAR, element) : Optional.empty();
                case "java.util.Optional" -> mapped ? shaped(QueryMethod.Shape.OPTIONAL_MAPPED, element)
                        : scalar ? shaped(QueryMethod.Shape.OPTIONAL_SCALAR, element) : Optional.empty();
                case "dev.aerie.api.db.ResultStream" -> mapped ? shaped(QueryMethod.Shape.STREAM_MAPPED, element)
                        : Optional.empty();
                default -> Optional.empty();
            };
        }
        if (args.isEmpty() && mapped(declared)) {
            return shaped(QueryMethod.Shape.ONE_MAPPED, TypeName.get(declared));
        }
        if (args.isEmpty() && scalar(declared)) {
            return shaped(QueryMethod.Shape.ONE_SCALAR, TypeName.get(declared));
        }
        return Optional.empty();
    }

    private static Optional<Shaped> shaped(QueryMethod.Shape shape, TypeName element) {
        return Optional.of(new Shaped(shape, element));
    }

    private static boolean mapped(DeclaredType type) {
        return type.getTypeArguments().isEmpty() && type.asElement().getAnnotationMirrors().stream()
                .anyMatch(a -> MAPPED.contains(((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString()));
    }

    private static boolean scalar(DeclaredType type) {
        return SCALARS.contains(((TypeElement) type.asElement()).getQualifiedName().toString());
    }

    static Optional<AnnotationMirror> annotation(javax.lang.model.element.Element element, String name) {
        return element.getAnnotationMirrors().stream()
                .filter(a -> ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(name))
                .map(a -> (AnnotationMirror) a)
                .findFirst();
    }

    static Optional<AnnotationValue> sqlValue(AnnotationMirror sql) {
        return sql.getElementValues().entrySet().stream()
                .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                .map(e -> (AnnotationValue) e.getValue())
                .findFirst();
    }
}

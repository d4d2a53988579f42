package dev.aerie.processor.sql;

import dev.aerie.processor.orm.Names;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** What the checker compares a result with: the record rows map to, or the scalar the first column is read as. */
final class ResultTypes {
    private static final Map<String, SqlSchema.SqlType> SCALARS = Map.ofEntries(
            Map.entry("java.lang.String", SqlSchema.SqlType.TEXT),
            Map.entry("java.lang.Integer", SqlSchema.SqlType.INTEGER),
            Map.entry("java.lang.Long", SqlSchema.SqlType.INTEGER),
            Map.entry("java.lang.Short", SqlSchema.SqlType.INTEGER),
            Map.entry("java.lang.Byte", SqlSchema.SqlType.INTEGER),
            Map.entry("java.lang.Double", SqlSchema.SqlType.DECIMAL),
            Map.entry("java.lang.Float", SqlSchema.SqlType.DECIMAL),
            Map.entry("java.math.BigDecimal", SqlSchema.SqlType.DECIMAL),
            Map.entry("java.lang.Boolean", SqlSchema.SqlType.BOOLEAN),
            Map.entry("java.util.UUID", SqlSchema.SqlType.UUID),
            Map.entry("java.time.LocalDate", SqlSchema.SqlType.DATE),
            Map.entry("java.time.LocalDateTime", SqlSchema.SqlType.TIMESTAMP),
            Map.entry("java.time.Instant", SqlSchema.SqlType.TIMESTAMP),
            Map.entry("java.time.OffsetDateTime", SqlSchema.SqlType.TIMESTAMP));

    private ResultTypes() {}

    /** The columns an entity (its table's) or a {@code @Projection} record (its components' snake_case names) needs. */
    static Optional<SqlChecker.ResultType> record(TypeMirror type, SqlSchema schema) {
        if (!(type instanceof DeclaredType declared) || !(declared.asElement() instanceof TypeElement element)) {
            return Optional.empty();
        }
        String name = element.getQualifiedName().toString();
        if (annotated(element, "dev.aerie.api.db.Entity")) {
            return schema.entity(name).map(table -> new SqlChecker.ResultType(element.getSimpleName().toString(),
                    table.columns().stream().map(c -> new SqlChecker.Component(c.name(), c.name(), Optional.of(c.type()),
                            c.type().display())).toList()));
        }
        if (annotated(element, "dev.aerie.api.db.Projection") && element.getKind() == ElementKind.RECORD) {
            List<SqlChecker.Component> components = element.getRecordComponents().stream()
                    .map(ResultTypes::component).toList();
            return Optional.of(new SqlChecker.ResultType(element.getSimpleName().toString(), components));
        }
        return Optional.empty();
    }

    private static SqlChecker.Component component(RecordComponentElement c) {
        String javaName = c.getSimpleName().toString();
        return new SqlChecker.Component(javaName, Names.snakeCase(javaName), scalar(c.asType()), c.asType().toString());
    }

    /** The coarse SQL type a Java value type reads; empty when the checker does not know it. */
    static Optional<SqlSchema.SqlType> scalar(TypeMirror type) {
        TypeKind kind = type.getKind();
        switch (kind) {
            case INT, LONG, SHORT, BYTE -> {
                return Optional.of(SqlSchema.SqlType.INTEGER);
            }
            case DOUBLE, FLOAT -> {
                return Optional.of(SqlSchema.SqlType.DECIMAL);
            }
            case BOOLEAN -> {
                return Optional.of(SqlSchema.SqlType.BOOLEAN);
            }
            default -> {
                // below
            }
        }
        if (type instanceof ArrayType array && array.getComponentType().getKind() == TypeKind.BYTE) {
            return Optional.of(SqlSchema.SqlType.BYTES);
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            if (element.getKind() == ElementKind.ENUM) {
                return Optional.of(SqlSchema.SqlType.TEXT);
            }
            return Optional.ofNullable(SCALARS.get(element.getQualifiedName().toString()));
        }
        return Optional.empty();
    }

    static boolean annotated(TypeElement element, String annotation) {
        return element.getAnnotationMirrors().stream().anyMatch(a ->
                ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation));
    }
}

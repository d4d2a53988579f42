package dev.aerie.processor.json;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.type.TypeKind;

/** The types {@code dev.aerie.runtime.json.JsonCodecs} has a constant for, with their JSON Schema. */
enum Builtin {
    STRING("java.lang.String", "STRING", "string", null),
    INTEGER("java.lang.Integer", "INTEGER", "integer", "int32"),
    LONG("java.lang.Long", "LONG", "integer", "int64"),
    SHORT("java.lang.Short", "SHORT", "integer", "int32"),
    BYTE("java.lang.Byte", "BYTE", "integer", "int32"),
    DOUBLE("java.lang.Double", "DOUBLE", "number", "double"),
    FLOAT("java.lang.Float", "FLOAT", "number", "float"),
    BOOLEAN("java.lang.Boolean", "BOOLEAN", "boolean", null),
    BIG_DECIMAL("java.math.BigDecimal", "BIG_DECIMAL", "number", null),
    BIG_INTEGER("java.math.BigInteger", "BIG_INTEGER", "integer", null),
    UUID("java.util.UUID", "UUID", "string", "uuid"),
    LOCAL_DATE("java.time.LocalDate", "LOCAL_DATE", "string", "date"),
    LOCAL_DATE_TIME("java.time.LocalDateTime", "LOCAL_DATE_TIME", "string", "local-date-time"),
    INSTANT("java.time.Instant", "INSTANT", "string", "date-time"),
    OFFSET_DATE_TIME("java.time.OffsetDateTime", "OFFSET_DATE_TIME", "string", "date-time"),
    BYTES("byte[]", "BYTES", "string", null);

    private static final Map<String, Builtin> BY_NAME =
            Stream.of(values()).collect(Collectors.toMap(b -> b.qualifiedName, Function.identity()));

    final String qualifiedName;
    final String constant;
    final String schemaType;
    final String schemaFormat;

    Builtin(String qualifiedName, String constant, String schemaType, String schemaFormat) {
        this.qualifiedName = qualifiedName;
        this.constant = constant;
        this.schemaType = schemaType;
        this.schemaFormat = schemaFormat;
    }

    static Optional<Builtin> named(String qualifiedName) {
        return Optional.ofNullable(BY_NAME.get(qualifiedName));
    }

    /** The box of a primitive kind; empty for char, which has no JSON mapping. */
    static Optional<Builtin> boxOf(TypeKind kind) {
        return Optional.ofNullable(switch (kind) {
            case INT -> INTEGER;
            case LONG -> LONG;
            case SHORT -> SHORT;
            case BYTE -> BYTE;
            case DOUBLE -> DOUBLE;
            case FLOAT -> FLOAT;
            case BOOLEAN -> BOOLEAN;
            default -> null;
        });
    }

    boolean isNumber() {
        return schemaType.equals("integer") || schemaType.equals("number");
    }
}

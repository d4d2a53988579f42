package dev.aerie.processor.orm;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** JavaPoet names for supported field types. */
final class JavaTypes {
    private JavaTypes() {}

    /** The field's type as declared. */
    static TypeName declared(JavaType type) {
        TypeName boxed = boxed(type);
        return type.primitive() ? boxed.unbox() : boxed;
    }

    /** The field's type, boxed when primitive. */
    static TypeName boxed(JavaType type) {
        return switch (type.valueKind()) {
            case STRING -> ClassName.get(String.class);
            case INT -> ClassName.get(Integer.class);
            case LONG -> ClassName.get(Long.class);
            case SHORT -> ClassName.get(Short.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case DOUBLE -> ClassName.get(Double.class);
            case FLOAT -> ClassName.get(Float.class);
            case BIG_DECIMAL -> ClassName.get(BigDecimal.class);
            case UUID -> ClassName.get(UUID.class);
            case ENUM -> GeneratedNames.className(type.enumClass().orElseThrow());
            case LOCAL_DATE -> ClassName.get(LocalDate.class);
            case LOCAL_DATE_TIME -> ClassName.get(LocalDateTime.class);
            case INSTANT -> ClassName.get(Instant.class);
            case OFFSET_DATE_TIME -> ClassName.get(OffsetDateTime.class);
            case BYTES -> ArrayTypeName.of(TypeName.BYTE);
        };
    }

    /** The ColumnReader getter for a kind (enums are read as their name). */
    static String getter(ValueKind kind) {
        return switch (kind) {
            case STRING, ENUM -> "getString";
            case INT -> "getInt";
            case LONG -> "getLong";
            case SHORT -> "getShort";
            case BOOLEAN -> "getBoolean";
            case DOUBLE -> "getDouble";
            case FLOAT -> "getFloat";
            case BIG_DECIMAL -> "getBigDecimal";
            case UUID -> "getUuid";
            case LOCAL_DATE -> "getLocalDate";
            case LOCAL_DATE_TIME -> "getLocalDateTime";
            case INSTANT -> "getInstant";
            case OFFSET_DATE_TIME -> "getOffsetDateTime";
            case BYTES -> "getBytes";
        };
    }

    /** The Java default of a field the database does not store (a transient field), as source. */
    static String defaultValue(JavaType type) {
        if (type.supported() && type.primitive()) {
            return switch (type.valueKind()) {
                case INT -> "0";
                case LONG -> "0L";
                case SHORT -> "(short) 0";
                case BOOLEAN -> "false";
                case DOUBLE -> "0.0";
                case FLOAT -> "0.0f";
                default -> "null";
            };
        }
        return switch (type.display()) {
            case "char" -> "'\\0'";
            case "byte" -> "(byte) 0";
            default -> "null";
        };
    }
}

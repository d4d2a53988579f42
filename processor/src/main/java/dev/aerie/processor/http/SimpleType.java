package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.aerie.processor.codegen.RuntimeTypes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A type a path variable, query parameter or header converts to from text, with the code that
 * converts and what the OpenAPI document calls it.
 *
 * @param name     the Java type
 * @param kind     how it converts
 * @param expected for parsed types, the words of the 400 saying what was expected
 * @param schema   the OpenAPI schema: {@code type} and optional {@code format}, {@code enum}, lengths
 */
record SimpleType(TypeName name, Kind kind, String expected, Map<String, Object> schema) {
    static final ClassName PARAMS = RuntimeTypes.PARAMS;

    enum Kind { STRING, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BOOLEAN, CHAR, PARSED }

    /** The simple type {@code type} is, if it is one. */
    static Optional<SimpleType> of(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return Optional.ofNullable(switch (kind) {
                case INT -> new SimpleType(TypeName.INT, Kind.INT, "", schema("type", "integer", "format", "int32"));
                case LONG -> new SimpleType(TypeName.LONG, Kind.LONG, "", schema("type", "integer", "format", "int64"));
                case SHORT -> new SimpleType(TypeName.SHORT, Kind.SHORT, "", schema("type", "integer"));
                case BYTE -> new SimpleType(TypeName.BYTE, Kind.BYTE, "", schema("type", "integer"));
                case DOUBLE -> new SimpleType(TypeName.DOUBLE, Kind.DOUBLE, "", schema("type", "number", "format", "double"));
                case FLOAT -> new SimpleType(TypeName.FLOAT, Kind.FLOAT, "", schema("type", "number", "format", "float"));
                case BOOLEAN -> new SimpleType(TypeName.BOOLEAN, Kind.BOOLEAN, "", schema("type", "boolean"));
                case CHAR -> new SimpleType(TypeName.CHAR, Kind.CHAR, "", schema("type", "string", "minLength", 1, "maxLength", 1));
                default -> null;
            });
        }
        if (kind != TypeKind.DECLARED) {
            return Optional.empty();
        }
        TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
        if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
            return Optional.empty();
        }
        String qualified = element.getQualifiedName().toString();
        ClassName name = ClassName.get(element);
        if (element.getKind() == ElementKind.ENUM) {
            List<String> constants = element.getEnclosedElements().stream()
                    .filter(e -> e.getKind() == ElementKind.ENUM_CONSTANT).map(Element::getSimpleName)
                    .map(Object::toString).toList();
            return Optional.of(new SimpleType(name, Kind.PARSED, "one of " + String.join(", ", constants),
                    schema("type", "string", "enum", constants)));
        }
        return Optional.ofNullable(switch (qualified) {
            case "java.lang.String" -> new SimpleType(name, Kind.STRING, "", schema("type", "string"));
            case "java.lang.Integer" -> new SimpleType(name, Kind.INT, "", schema("type", "integer", "format", "int32"));
            case "java.lang.Long" -> new SimpleType(name, Kind.LONG, "", schema("type", "integer", "format", "int64"));
            case "java.lang.Short" -> new SimpleType(name, Kind.SHORT, "", schema("type", "integer"));
            case "java.lang.Byte" -> new SimpleType(name, Kind.BYTE, "", schema("type", "integer"));
            case "java.lang.Double" -> new SimpleType(name, Kind.DOUBLE, "", schema("type", "number", "format", "double"));
            case "java.lang.Float" -> new SimpleType(name, Kind.FLOAT, "", schema("type", "number", "format", "float"));
            case "java.lang.Boolean" -> new SimpleType(name, Kind.BOOLEAN, "", schema("type", "boolean"));
            case "java.lang.Character" -> new SimpleType(name, Kind.CHAR, "", schema("type", "string", "minLength", 1, "maxLength", 1));
            case "java.util.UUID" -> new SimpleType(name, Kind.PARSED, "a UUID", schema("type", "string", "format", "uuid"));
            case "java.time.LocalDate" -> new SimpleType(name, Kind.PARSED, "a date such as 2024-12-31", schema("type", "string", "format", "date"));
            case "java.time.Instant" -> new SimpleType(name, Kind.PARSED, "an instant such as 2024-12-31T23:59:59Z",
                    schema("type", "string", "format", "date-time"));
            case "java.time.OffsetDateTime" -> new SimpleType(name, Kind.PARSED, "a date-time such as 2024-12-31T23:59:59+01:00",
                    schema("type", "string", "format", "date-time"));
            case "java.time.LocalDateTime" -> new SimpleType(name, Kind.PARSED, "a date-time such as 2024-12-31T23:59:59",
                    schema("type", "string"));
            case "java.time.LocalTime" -> new SimpleType(name, Kind.PARSED, "a time such as 23:59:59", schema("type", "string"));
            case "java.math.BigDecimal" -> new SimpleType(name, Kind.PARSED, "a decimal number", schema("type", "string", "format", "decimal"));
            default -> null;
        });
    }

    /** An ordered schema of alternating names and values. */
    private static Map<String, Object> schema(Object... namesAndValues) {
        Map<String, Object> schema = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            schema.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(schema);
    }

    /** The code turning {@code raw} (a String expression) into this type, failing with a 400 naming {@code what}. */
    CodeBlock convert(CodeBlock raw, String what) {
        return switch (kind) {
            case STRING -> raw;
            case INT -> CodeBlock.of("$T.toInt($L, $S)", PARAMS, raw, what);
            case LONG -> CodeBlock.of("$T.toLong($L, $S)", PARAMS, raw, what);
            case SHORT -> CodeBlock.of("$T.toShort($L, $S)", PARAMS, raw, what);
            case BYTE -> CodeBlock.of("$T.toByte($L, $S)", PARAMS, raw, what);
            case DOUBLE -> CodeBlock.of("$T.toDouble($L, $S)", PARAMS, raw, what);
            case FLOAT -> CodeBlock.of("$T.toFloat($L, $S)", PARAMS, raw, what);
            case BOOLEAN -> CodeBlock.of("$T.toBoolean($L, $S)", PARAMS, raw, what);
            case CHAR -> CodeBlock.of("$T.toChar($L, $S)", PARAMS, raw, what);
            case PARSED -> CodeBlock.of("$T.to($L, $S, $T::$L, $S)", PARAMS, raw, what, name, parser(), expected);
        };
    }

    private String parser() {
        String simple = name.toString();
        return simple.equals("java.util.UUID") ? "fromString"
                : simple.equals("java.math.BigDecimal") ? "new"
                : simple.startsWith("java.time.") ? "parse"
                : "valueOf";
    }

    /** Whether {@code text} converts to this type (checked at compile time for default values). */
    boolean accepts(String text) {
        try {
            switch (kind) {
                case STRING -> { }
                case INT -> Integer.parseInt(text);
                case LONG -> Long.parseLong(text);
                case SHORT -> Short.parseShort(text);
                case BYTE -> Byte.parseByte(text);
                case DOUBLE, FLOAT -> Double.parseDouble(text);
                case BOOLEAN -> {
                    if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                        return false;
                    }
                }
                case CHAR -> {
                    return text.length() == 1;
                }
                case PARSED -> {
                    return switch (name.toString()) {
                        case "java.util.UUID" -> java.util.UUID.fromString(text) != null;
                        case "java.time.LocalDate" -> java.time.LocalDate.parse(text) != null;
                        case "java.time.Instant" -> java.time.Instant.parse(text) != null;
                        case "java.time.OffsetDateTime" -> java.time.OffsetDateTime.parse(text) != null;
                        case "java.time.LocalDateTime" -> java.time.LocalDateTime.parse(text) != null;
                        case "java.time.LocalTime" -> java.time.LocalTime.parse(text) != null;
                        case "java.math.BigDecimal" -> new java.math.BigDecimal(text).signum() >= -1;
                        default -> schema.get("enum") instanceof List<?> constants && constants.contains(text);
                    };
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The boxed form, for Optional and List element types. */
    TypeName boxed() {
        return name.isPrimitive() ? name.box() : name;
    }
}

package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
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
 * @param schema   the OpenAPI {@code type} and optional {@code format}/{@code enum}, as JSON members
 */
record SimpleType(TypeName name, Kind kind, String expected, String schema) {
    static final ClassName PARAMS = ClassName.get("dev.aerie.runtime.http", "Params");

    enum Kind { STRING, INT, LONG, SHORT, BYTE, DOUBLE, FLOAT, BOOLEAN, CHAR, PARSED }

    /** The simple type {@code type} is, if it is one. */
    static Optional<SimpleType> of(TypeMirror type) {
        TypeKind kind = type.getKind();
        if (kind.isPrimitive()) {
            return Optional.ofNullable(switch (kind) {
                case INT -> new SimpleType(TypeName.INT, Kind.INT, "", "\"type\":\"integer\",\"format\":\"int32\"");
                case LONG -> new SimpleType(TypeName.LONG, Kind.LONG, "", "\"type\":\"integer\",\"format\":\"int64\"");
                case SHORT -> new SimpleType(TypeName.SHORT, Kind.SHORT, "", "\"type\":\"integer\"");
                case BYTE -> new SimpleType(TypeName.BYTE, Kind.BYTE, "", "\"type\":\"integer\"");
                case DOUBLE -> new SimpleType(TypeName.DOUBLE, Kind.DOUBLE, "", "\"type\":\"number\",\"format\":\"double\"");
                case FLOAT -> new SimpleType(TypeName.FLOAT, Kind.FLOAT, "", "\"type\":\"number\",\"format\":\"float\"");
                case BOOLEAN -> new SimpleType(TypeName.BOOLEAN, Kind.BOOLEAN, "", "\"type\":\"boolean\"");
                case CHAR -> new SimpleType(TypeName.CHAR, Kind.CHAR, "", "\"type\":\"string\",\"minLength\":1,\"maxLength\":1");
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
                    "\"type\":\"string\",\"enum\":[" + String.join(",", constants.stream().map(c -> "\"" + c + "\"").toList()) + "]"));
        }
        return Optional.ofNullable(switch (qualified) {
            case "java.lang.String" -> new SimpleType(name, Kind.STRING, "", "\"type\":\"string\"");
            case "java.lang.Integer" -> new SimpleType(name, Kind.INT, "", "\"type\":\"integer\",\"format\":\"int32\"");
            case "java.lang.Long" -> new SimpleType(name, Kind.LONG, "", "\"type\":\"integer\",\"format\":\"int64\"");
            case "java.lang.Short" -> new SimpleType(name, Kind.SHORT, "", "\"type\":\"integer\"");
            case "java.lang.Byte" -> new SimpleType(name, Kind.BYTE, "", "\"type\":\"integer\"");
            case "java.lang.Double" -> new SimpleType(name, Kind.DOUBLE, "", "\"type\":\"number\",\"format\":\"double\"");
            case "java.lang.Float" -> new SimpleType(name, Kind.FLOAT, "", "\"type\":\"number\",\"format\":\"float\"");
            case "java.lang.Boolean" -> new SimpleType(name, Kind.BOOLEAN, "", "\"type\":\"boolean\"");
            case "java.lang.Character" -> new SimpleType(name, Kind.CHAR, "", "\"type\":\"string\",\"minLength\":1,\"maxLength\":1");
            case "java.util.UUID" -> new SimpleType(name, Kind.PARSED, "a UUID", "\"type\":\"string\",\"format\":\"uuid\"");
            case "java.time.LocalDate" -> new SimpleType(name, Kind.PARSED, "a date such as 2024-12-31", "\"type\":\"string\",\"format\":\"date\"");
            case "java.time.Instant" -> new SimpleType(name, Kind.PARSED, "an instant such as 2024-12-31T23:59:59Z",
                    "\"type\":\"string\",\"format\":\"date-time\"");
            case "java.time.OffsetDateTime" -> new SimpleType(name, Kind.PARSED, "a date-time such as 2024-12-31T23:59:59+01:00",
                    "\"type\":\"string\",\"format\":\"date-time\"");
            case "java.time.LocalDateTime" -> new SimpleType(name, Kind.PARSED, "a date-time such as 2024-12-31T23:59:59",
                    "\"type\":\"string\"");
            case "java.time.LocalTime" -> new SimpleType(name, Kind.PARSED, "a time such as 23:59:59", "\"type\":\"string\"");
            case "java.math.BigDecimal" -> new SimpleType(name, Kind.PARSED, "a decimal number", "\"type\":\"string\",\"format\":\"decimal\"");
            default -> null;
        });
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

    /** The boxed form, for Optional and List element types. */
    TypeName boxed() {
        return name.isPrimitive() ? name.box() : name;
    }
}

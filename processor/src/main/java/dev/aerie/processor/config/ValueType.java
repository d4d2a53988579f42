package dev.aerie.processor.config;

import java.util.Optional;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The component types configuration can be read as; anything else is a compiler error. */
enum ValueType {
    STRING, INT, LONG, BOOLEAN, DURATION, LIST,
    OPTIONAL_STRING, OPTIONAL_INTEGER, OPTIONAL_LONG, OPTIONAL_BOOLEAN, OPTIONAL_DURATION;

    /** What the error message offers. */
    static final String SUPPORTED = "String, int, long, boolean, Duration, List<String>, or Optional<String>,"
            + " Optional<Integer>, Optional<Long>, Optional<Boolean>, Optional<Duration>";

    boolean optional() {
        return name().startsWith("OPTIONAL_");
    }

    static Optional<ValueType> of(TypeMirror type) {
        switch (type.getKind()) {
            case INT:
                return Optional.of(INT);
            case LONG:
                return Optional.of(LONG);
            case BOOLEAN:
                return Optional.of(BOOLEAN);
            case DECLARED:
                break;
            default:
                return Optional.empty();
        }
        DeclaredType declared = (DeclaredType) type;
        String name = declared.asElement().toString();
        if (declared.getTypeArguments().isEmpty()) {
            return switch (name) {
                case "java.lang.String" -> Optional.of(STRING);
                case "java.time.Duration" -> Optional.of(DURATION);
                default -> Optional.empty();
            };
        }
        if (declared.getTypeArguments().size() != 1 || declared.getTypeArguments().get(0).getKind() != TypeKind.DECLARED) {
            return Optional.empty();
        }
        String argument = ((DeclaredType) declared.getTypeArguments().get(0)).asElement().toString();
        if (name.equals("java.util.List")) {
            return argument.equals("java.lang.String") ? Optional.of(LIST) : Optional.empty();
        }
        if (!name.equals("java.util.Optional")) {
            return Optional.empty();
        }
        return switch (argument) {
            case "java.lang.String" -> Optional.of(OPTIONAL_STRING);
            case "java.lang.Integer" -> Optional.of(OPTIONAL_INTEGER);
            case "java.lang.Long" -> Optional.of(OPTIONAL_LONG);
            case "java.lang.Boolean" -> Optional.of(OPTIONAL_BOOLEAN);
            case "java.time.Duration" -> Optional.of(OPTIONAL_DURATION);
            default -> Optional.empty();
        };
    }
}

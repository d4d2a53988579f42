package dev.aerie.processor.json;

import java.util.Locale;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** A type as a person writes it in messages: simple names, no annotations ({@code List<Book>}). */
final class TypeDisplay {
    private TypeDisplay() {}

    static String of(TypeMirror type) {
        return switch (type.getKind()) {
            case ARRAY -> of(((ArrayType) type).getComponentType()) + "[]";
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name = JsonTypes.displayName((TypeElement) declared.asElement());
                yield declared.getTypeArguments().isEmpty()
                        ? name
                        : name + declared.getTypeArguments().stream().map(TypeDisplay::of)
                                .collect(Collectors.joining(", ", "<", ">"));
            }
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE ->
                    type.getKind().name().toLowerCase(Locale.ROOT);
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield wildcard.getExtendsBound() != null ? "? extends " + of(wildcard.getExtendsBound())
                        : wildcard.getSuperBound() != null ? "? super " + of(wildcard.getSuperBound())
                        : "?";
            }
            default -> type.toString();
        };
    }
}

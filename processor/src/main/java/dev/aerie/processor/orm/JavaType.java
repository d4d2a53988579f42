package dev.aerie.processor.orm;

import java.util.List;
import java.util.Optional;

/**
 * The Java type of an entity field, free of {@code javax.lang.model}: either a supported
 * {@link ValueKind} (with the enum class for {@link ValueKind#ENUM}) or an unsupported type
 * kept by name for the error message.
 *
 * @param kind the column kind; empty when the type cannot be stored
 * @param primitive whether the field is a primitive ({@code int}, not {@code Integer})
 * @param enumClass package and nested simple names of the enum, for {@link ValueKind#ENUM}
 * @param display the type as written in messages, e.g. {@code java.util.List<java.lang.String>}
 */
record JavaType(Optional<ValueKind> kind, boolean primitive, Optional<ClassRef> enumClass, String display) {

    static JavaType of(ValueKind kind, boolean primitive, String display) {
        return new JavaType(Optional.of(kind), primitive, Optional.empty(), display);
    }

    static JavaType ofEnum(ClassRef enumClass) {
        return new JavaType(Optional.of(ValueKind.ENUM), false, Optional.of(enumClass), enumClass.qualifiedName());
    }

    static JavaType unsupported(String display) {
        return new JavaType(Optional.empty(), false, Optional.empty(), display);
    }

    boolean supported() {
        return kind.isPresent();
    }

    /** The kind; only for supported types. */
    ValueKind valueKind() {
        return kind.orElseThrow(() -> new IllegalStateException("unsupported type " + display));
    }

    /** A class by package and simple names, outermost first ({@code Outer.Inner} gives two names). */
    record ClassRef(String packageName, List<String> simpleNames) {
        ClassRef {
            simpleNames = List.copyOf(simpleNames);
        }

        String qualifiedName() {
            String nested = String.join(".", simpleNames);
            return packageName.isEmpty() ? nested : packageName + "." + nested;
        }
    }
}

package dev.aerie.processor.json;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** How one Java type maps to JSON. */
sealed interface JsonType {

    /** The Java type, as written in the user's code. */
    TypeMirror mirror();

    /** A built-in scalar; {@code primitive} is set for int, long, ... (read and written unboxed). */
    record Scalar(TypeMirror mirror, Builtin builtin, TypeKind primitive) implements JsonType {
        boolean isPrimitive() {
            return primitive.isPrimitive();
        }
    }

    /** An enum, by constant name. */
    record EnumType(TypeMirror mirror, TypeElement element) implements JsonType {}

    /** {@code List<T>} or {@code Set<T>} as a JSON array. */
    record ArrayOf(TypeMirror mirror, boolean set, JsonType element) implements JsonType {}

    /** {@code Map<String, V>} as a JSON object. */
    record MapOf(TypeMirror mirror, JsonType value) implements JsonType {}

    /** {@code Optional<T>}: null or absent is empty. */
    record OptionalOf(TypeMirror mirror, JsonType value) implements JsonType {}

    /**
     * A record or class with a generated codec; {@code arguments} are the JSON types of its type
     * arguments when it is generic ({@code Page<Book>}), empty otherwise.
     */
    record ObjectType(TypeMirror mirror, TypeElement element, ClassName codec, ClassName validator,
            List<JsonType> arguments) implements JsonType {
        boolean isGeneric() {
            return !arguments.isEmpty();
        }
    }

    /** The type parameter number {@code index} of the generic record being read ({@code T} of {@code Page<T>}). */
    record TypeParameter(TypeMirror mirror, String name, int index) implements JsonType {}
}

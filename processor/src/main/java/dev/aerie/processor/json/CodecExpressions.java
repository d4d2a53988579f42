package dev.aerie.processor.json;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.aerie.processor.json.JsonType.ArrayOf;
import dev.aerie.processor.json.JsonType.EnumType;
import dev.aerie.processor.json.JsonType.MapOf;
import dev.aerie.processor.json.JsonType.ObjectType;
import dev.aerie.processor.json.JsonType.OptionalOf;
import dev.aerie.processor.json.JsonType.Scalar;
import dev.aerie.processor.json.JsonType.TypeParameter;
import java.util.function.Function;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/** The Java expression that evaluates to the codec of a {@link JsonType}. */
final class CodecExpressions {
    private CodecExpressions() {}

    static CodeBlock of(JsonType type) {
        return of(type, parameter -> {
            throw new IllegalStateException("type parameter " + parameter.name() + " outside its generic record");
        });
    }

    /** @param parameters the codec of each type parameter, inside a generic record's codec */
    static CodeBlock of(JsonType type, Function<TypeParameter, CodeBlock> parameters) {
        return switch (type) {
            case Scalar scalar -> CodeBlock.of("$T.$L", RuntimeNames.JSON_CODECS, scalar.builtin().constant);
            case EnumType e -> CodeBlock.of("$T.enumOf($T.class, $T.values())", RuntimeNames.JSON_CODECS,
                    ClassName.get(e.element()), ClassName.get(e.element()));
            case ArrayOf array -> CodeBlock.of("$T.$L($L)", RuntimeNames.JSON_CODECS,
                    array.set() ? "setOf" : "listOf", of(array.element(), parameters));
            case MapOf map -> CodeBlock.of("$T.mapOf($L)", RuntimeNames.JSON_CODECS, of(map.value(), parameters));
            case OptionalOf optional -> CodeBlock.of("$T.optionalOf($L)", RuntimeNames.JSON_CODECS,
                    of(optional.value(), parameters));
            case ObjectType object when object.isGeneric() -> CodeBlock.of("new $T<>($L)", object.codec(),
                    object.arguments().stream().map(a -> of(a, parameters)).collect(CodeBlock.joining(", ")));
            case ObjectType object -> CodeBlock.of("$T.INSTANCE", object.codec());
            case TypeParameter parameter -> parameters.apply(parameter);
        };
    }

    /** Whether the expression is a constant reference, cheap enough to repeat at every use. */
    static boolean isConstant(JsonType type) {
        return type instanceof Scalar || type instanceof ObjectType object && !object.isGeneric()
                || type instanceof TypeParameter;
    }

    /** {@code JsonCodec<T>} with {@code T} boxed. */
    static TypeName codecType(JsonType type) {
        return ParameterizedTypeName.get(RuntimeNames.JSON_CODEC, javaType(type).box());
    }

    /** The Java type without type-use annotations (which must not be copied into generated code). */
    static TypeName javaType(JsonType type) {
        return plain(type.mirror());
    }

    static TypeName plain(TypeMirror mirror) {
        return switch (mirror.getKind()) {
            case ARRAY -> ArrayTypeName.of(plain(((ArrayType) mirror).getComponentType()));
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) mirror;
                ClassName raw = ClassName.get((TypeElement) declared.asElement());
                yield declared.getTypeArguments().isEmpty()
                        ? raw
                        : ParameterizedTypeName.get(raw, declared.getTypeArguments().stream()
                                .map(CodecExpressions::plain).toArray(TypeName[]::new));
            }
            default -> TypeName.get(mirror).withoutAnnotations();
        };
    }
}

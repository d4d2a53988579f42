package dev.aerie.processor.json;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * A record or class read as a JSON object: its properties in constructor order.
 *
 * @param codecPublic whether the generated classes are public (the type is reachable from outside
 *     its package)
 */
record ObjectModel(TypeElement element, ClassName type, List<TypeVariableName> typeVariables, ClassName codec,
        ClassName validator, boolean codecPublic, List<Property> properties) {

    boolean isGeneric() {
        return !typeVariables.isEmpty();
    }

    /** The type as generated code uses it: {@code Book}, or {@code Page<T>} inside Page's own codec. */
    TypeName typeUse() {
        return isGeneric() ? ParameterizedTypeName.get(type, typeVariables.toArray(TypeName[]::new)) : type;
    }

    /** The codec's type as generated code uses it: {@code Book_JsonCodec} or {@code Page_JsonCodec<T>}. */
    TypeName codecUse() {
        return isGeneric() ? ParameterizedTypeName.get(codec, typeVariables.toArray(TypeName[]::new)) : codec;
    }

    /** The simple name users know the type by, for messages: {@code Book}, {@code Order.Line}. */
    String displayName() {
        return String.join(".", type.simpleNames());
    }

    /**
     * One JSON property.
     *
     * @param name the JSON name, which is the Java component, parameter or field name
     * @param accessor the method that reads it: {@code title} or {@code getTitle}
     * @param nullable annotated with some {@code @Nullable}: optional in the schema
     * @param element where problems with it are reported (the record component or constructor parameter)
     * @param annotations its annotations, gathered from every element that declares it
     */
    record Property(String name, String accessor, TypeMirror type, JsonType json, boolean nullable,
            Element element, List<Annotated> annotations) {}

    /** An annotation and the element it is written on (for error positions). */
    record Annotated(AnnotationMirror mirror, Element on) {
        String typeName() {
            return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
        }
    }
}

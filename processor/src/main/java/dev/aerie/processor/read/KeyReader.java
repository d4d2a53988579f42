package dev.aerie.processor.read;

import com.palantir.javapoet.TypeName;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Keys;
import dev.aerie.processor.spi.Reporter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Keys and dependencies from types and elements: qualifiers, {@code Provider<T>}, boxing. */
public final class KeyReader implements Keys {
    static final String PROVIDER = "jakarta.inject.Provider";
    static final String QUALIFIER = "jakarta.inject.Qualifier";
    static final String NAMED = "jakarta.inject.Named";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final Function<Element, dev.aerie.processor.model.Source> sources;

    public KeyReader(ProcessingEnvironment env, Reporter reporter, Function<Element, dev.aerie.processor.model.Source> sources) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.reporter = reporter;
        this.sources = sources;
    }

    @Override
    public Key key(TypeMirror type, Optional<? extends AnnotationMirror> qualifier) {
        TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType() : type;
        String canonical = TypeName.get(boxed).toString();
        Optional<String> binary = Optional.empty();
        if (boxed instanceof DeclaredType declared && declared.getTypeArguments().isEmpty()) {
            binary = Optional.of(elements.getBinaryName((TypeElement) declared.asElement()).toString());
        }
        if (qualifier.isEmpty()) {
            return new Key(canonical, Optional.empty(), binary);
        }
        AnnotationMirror q = qualifier.get();
        TypeElement qualifierType = (TypeElement) q.getAnnotationType().asElement();
        Optional<String> runtimeName = Optional.empty();
        if (binary.isPresent()) {
            if (qualifierType.getQualifiedName().contentEquals(NAMED)) {
                runtimeName = Optional.of(binary.get() + "@Named:" + value(q).orElse(""));
            } else if (q.getElementValues().isEmpty()) {
                runtimeName = Optional.of(binary.get() + "@" + elements.getBinaryName(qualifierType));
            }
        }
        return new Key(canonical, Optional.of(canonicalQualifier(q)), runtimeName);
    }

    /**
     * The qualifier as one canonical text, so that {@code @Named(value = "a")} and
     * {@code @Named("a")} (or a default spelled out) are the same key: every element, defaults
     * included, in declaration order.
     */
    private String canonicalQualifier(AnnotationMirror q) {
        TypeElement type = (TypeElement) q.getAnnotationType().asElement();
        Map<? extends ExecutableElement, ? extends AnnotationValue> values = elements.getElementValuesWithDefaults(q);
        String name = "@" + type.getQualifiedName();
        if (values.isEmpty()) {
            return name;
        }
        List<String> parts = new java.util.ArrayList<>();
        for (ExecutableElement element : javax.lang.model.util.ElementFilter.methodsIn(type.getEnclosedElements())) {
            AnnotationValue value = values.get(element);
            if (value != null) {
                parts.add(values.size() == 1 && element.getSimpleName().contentEquals("value")
                        ? value.toString() : element.getSimpleName() + "=" + value);
            }
        }
        return name + "(" + String.join(", ", parts) + ")";
    }

    private static Optional<String> value(AnnotationMirror annotation) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : annotation.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals("value")) {
                return Optional.of(String.valueOf(e.getValue().getValue()));
            }
        }
        return Optional.empty();
    }

    /** The qualifier annotation on {@code element}, if any; more than one is an error. */
    public Optional<AnnotationMirror> qualifier(Element element) {
        List<AnnotationMirror> qualifiers = element.getAnnotationMirrors().stream()
                .filter(a -> a.getAnnotationType().asElement().getAnnotationMirrors().stream()
                        .anyMatch(m -> isType(m.getAnnotationType(), QUALIFIER)))
                .map(a -> (AnnotationMirror) a)
                .toList();
        if (qualifiers.size() > 1) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_QUALIFIER, element, element.getSimpleName()
                    + " has more than one qualifier (" + String.join(", ", qualifiers.stream().map(Object::toString).toList())
                    + ").", "Keep one.").on(qualifiers.get(1)));
        }
        return qualifiers.stream().findFirst();
    }

    @Override
    public Dependency dependency(Element element, TypeMirror type, String site) {
        Optional<AnnotationMirror> qualifier = qualifier(element);
        boolean provider = false;
        TypeMirror keyType = type;
        if (type instanceof DeclaredType declared && isType(declared, PROVIDER)) {
            if (declared.getTypeArguments().size() != 1) {
                reporter.report(Diagnostic.of(DiagnosticKind.RAW_PROVIDER, element, "raw Provider at " + site + ":",
                        "say what it provides, e.g. Provider<Clock>."));
            } else {
                provider = true;
                keyType = declared.getTypeArguments().get(0);
            }
        }
        TypeMirror boxed = keyType.getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) keyType).asType() : keyType;
        boolean abstractType = boxed instanceof DeclaredType d
                && (d.asElement().getKind() == ElementKind.INTERFACE
                        || d.asElement().getModifiers().contains(Modifier.ABSTRACT));
        return new Dependency(key(keyType, qualifier), provider, site, sources.apply(element),
                TypeName.get(boxed), isPublic(boxed), abstractType);
    }

    @Override
    public boolean isPublic(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                yield isPublic(declared.asElement()) && declared.getTypeArguments().stream().allMatch(this::isPublic);
            }
            case ARRAY -> isPublic(((ArrayType) type).getComponentType());
            case WILDCARD -> {
                var w = (javax.lang.model.type.WildcardType) type;
                yield (w.getExtendsBound() == null || isPublic(w.getExtendsBound()))
                        && (w.getSuperBound() == null || isPublic(w.getSuperBound()));
            }
            default -> type.getKind().isPrimitive() || type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.VOID;
        };
    }

    /** Whether a class and every class enclosing it are public. */
    public static boolean isPublicType(Element element) {
        return isPublic(element);
    }

    static boolean isPublic(Element element) {
        for (Element e = element; e != null && (e.getKind().isClass() || e.getKind().isInterface()); e = e.getEnclosingElement()) {
            if (!e.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    static boolean isType(TypeMirror type, String qualifiedName) {
        return type instanceof DeclaredType d
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals(qualifiedName);
    }
}

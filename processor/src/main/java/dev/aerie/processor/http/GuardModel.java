package dev.aerie.processor.http;

import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One guard (or interceptor) a route runs, as {@code @Guarded} ({@code @Intercepted}) attached it.
 *
 * @param type     the guard or interceptor class
 * @param typeName its Java name
 * @param at       the element carrying the {@code @Guarded} that attached it (a module, a controller or a method)
 * @param module   for a guard attached to a module, that module (its visibility is checked there)
 */
record GuardModel(TypeMirror type, TypeName typeName, Element at, Optional<String> module) {
    static final String GUARDED = ControllerReader.API + "Guarded";
    static final String INTERCEPTED = ControllerReader.API + "Intercepted";

    /** The guards {@code @Guarded} on {@code element} lists, in order; error types are left out (javac reports them). */
    static List<GuardModel> on(Element element, Optional<String> module) {
        return on(element, module, GUARDED);
    }

    /**
     * The classes {@code annotation} (Guarded or Intercepted) on {@code element} lists, in order, then
     * those it lists on the types of the element's other annotations.
     */
    static List<GuardModel> on(Element element, Optional<String> module, String annotation) {
        List<GuardModel> guards = new ArrayList<>();
        ControllerReader.annotationNamed(element, annotation).ifPresent(own -> listed(own, element, module, guards));
        // then those an annotation on the element brings: @Guarded on its annotation type
        for (AnnotationMirror carried : element.getAnnotationMirrors()) {
            ControllerReader.annotationNamed(carried.getAnnotationType().asElement(), annotation)
                    .ifPresent(meta -> listed(meta, element, module, guards));
        }
        return guards;
    }

    private static void listed(AnnotationMirror guarded, Element element, Optional<String> module, List<GuardModel> guards) {
        guarded.getElementValues().forEach((name, value) -> {
            if (name.getSimpleName().contentEquals("value") && value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (((AnnotationValue) item).getValue() instanceof DeclaredType type && type.getKind() != TypeKind.ERROR) {
                        guards.add(new GuardModel(type, TypeName.get(type), element, module));
                    }
                }
            }
        });
    }

    String simpleName() {
        return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
}

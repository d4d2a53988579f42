package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.aerie.processor.graph.Visibility;
import dev.aerie.processor.json.JsonSupport;
import dev.aerie.processor.model.Binding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.function.Consumer;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code @Catches} handlers of one application, found on its bindings and checked once each;
 * per controller, those its module sees, most specific exception type first.
 */
final class Catchers {
    static final String CATCHES = ControllerReader.API + "Catches";

    private final Map<Binding, List<CatchModel>> byBinding = new LinkedHashMap<>();
    private final Map<String, String> moduleOf;
    private final Visibility visibility;
    private final Types types;
    private final Elements elements;
    private final Consumer<Diagnostic> error;
    private final Set<String> reported = new HashSet<>();

    Catchers(List<Binding> bindings, Map<String, String> moduleOf, Visibility visibility, Elements elements, Types types,
             JsonSupport json, Consumer<Diagnostic> error, Set<ExecutableElement> checked) {
        this.moduleOf = moduleOf;
        this.visibility = visibility;
        this.types = types;
        this.elements = elements;
        this.error = error;
        for (Binding binding : bindings) {
            if (!(binding.type() instanceof ClassName name)) {
                continue;
            }
            TypeElement type = elements.getTypeElement(name.canonicalName());
            if (type == null) {
                continue;
            }
            List<CatchModel> handlers = new ArrayList<>();
            for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
                Optional<AnnotationMirror> catches = ControllerReader.annotationNamed(method, CATCHES);
                if (catches.isPresent()) {
                    // a method is checked once per compilation, so two applications do not report it twice
                    boolean report = checked.add(method);
                    handlers.addAll(read(type, method, catches.get(), json, report));
                }
            }
            if (!handlers.isEmpty()) {
                byBinding.put(binding, handlers);
            }
        }
    }

    private List<CatchModel> read(TypeElement owner, ExecutableElement method, AnnotationMirror catches, JsonSupport json,
                                  boolean report) {
        Consumer<Diagnostic> error = report ? this.error : d -> {};
        String name = owner.getSimpleName() + "." + method.getSimpleName();
        boolean ok = true;
        if (method.getModifiers().contains(Modifier.PRIVATE) || method.getModifiers().contains(Modifier.STATIC)) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                    "@Catches method " + name + " must not be private or static:",
                    "the generated routes call it on the injected " + owner.getSimpleName()));
            ok = false;
        }
        if (!isPublic(owner)) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                    "@Catches method " + name + " is on " + owner.getSimpleName() + ", which is not public;",
                    "the generated application holds " + owner.getSimpleName() + " by its type, so make it public"
                    + " (and every class it is nested in)"));
            ok = false;
        }
        TypeMirror throwable = elements.getTypeElement("java.lang.Throwable").asType();
        if (method.getParameters().size() != 1 || !types.isAssignable(method.getParameters().get(0).asType(), throwable)) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                    "@Catches method " + name + " must take exactly one parameter,",
                    "the exception it answers, such as " + method.getSimpleName() + "(ValidationFailed e)"));
            return List.of();
        }
        TypeMirror parameter = method.getParameters().get(0).asType();
        List<TypeMirror> caught = listed(catches);
        if (caught.isEmpty()) {
            caught = List.of(parameter);
        }
        for (TypeMirror type : caught) {
            if (!types.isAssignable(type, parameter)) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                        "@Catches method " + name + " catches " + simple(type) + " but its parameter is " + simple(parameter) + ";",
                        "widen the parameter to a type every caught exception is, or list only " + simple(parameter)
                        + " and its subclasses"));
                ok = false;
            }
        }
        TypeMirror result = method.getReturnType();
        if (!ControllerReader.qualifiedName(result).equals(ControllerReader.API + "Response")
                || ((DeclaredType) result).getTypeArguments().size() != 1
                || ((DeclaredType) result).getTypeArguments().get(0).getKind() == TypeKind.WILDCARD) {
            error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                    "@Catches method " + name + " must return Response<T> naming the body type,",
                    "such as Response<Errors>; it returns " + result));
            return List.of();
        }
        TypeMirror body = ((DeclaredType) result).getTypeArguments().get(0);
        if (report ? json.codec(body, method).isEmpty() : !ok) {
            ok = false;
        }
        if (!ok) {
            return List.of();
        }
        List<CatchModel> handlers = new ArrayList<>();
        for (TypeMirror type : caught) {
            handlers.add(new CatchModel(type, TypeName.get(type), method, owner.asType(), TypeName.get(owner.asType()),
                    body, TypeName.get(body)));
        }
        return handlers;
    }

    /**
     * {@code controller} with the handlers its module sees, most specific exception first; empty
     * when two of them answer the same type (reported on the controller, naming both).
     */
    Optional<ControllerModel> attach(ControllerModel controller) {
        return visibleTo(moduleOf.get(controller.type().canonicalName()), "Controller " + controller.type().simpleName(),
                controller.element(), controller.type().packageName()).map(controller::withCatchers);
    }

    /**
     * The handlers {@code module} sees, most specific exception first; empty when two of them
     * answer the same type (reported on {@code at}, naming both).
     *
     * @param who         how the message names the one that sees them, such as "Controller Books"
     * @param callerPackage the package of the generated code that calls the handlers: a handler
     *                      method that is not public must be declared there (reported on the method)
     */
    Optional<List<CatchModel>> visibleTo(String module, String who, Element at, String callerPackage) {
        List<CatchModel> seen = new ArrayList<>();
        byBinding.forEach((binding, handlers) -> {
            if (visibility.sees(module, binding)) {
                seen.addAll(handlers);
            }
        });
        Map<String, CatchModel> byType = new HashMap<>();
        boolean ok = true;
        for (CatchModel handler : seen) {
            CatchModel other = byType.putIfAbsent(handler.exceptionName().toString(), handler);
            if (other != null && !other.method().equals(handler.method())) {
                ok = false;
                // once per pair: the root module and its controllers may see the same two
                if (reported.add(other.method() + " " + handler.method() + " " + handler.exceptionName())) {
                    error.accept(Diagnostic.of(DiagnosticKind.DUPLICATE_EXCEPTION_HANDLER, at,
                            who + " sees two @Catches handlers for " + simple(handler.exception()) + ": "
                            + other.display() + " and " + handler.display() + ";",
                            "keep one of them, or make only one visible to " + simpleModule(module)));
                }
            }
        }
        for (CatchModel handler : seen) {
            ExecutableElement method = handler.method();
            String ownerPackage = elements.getPackageOf(method).getQualifiedName().toString();
            if (!method.getModifiers().contains(Modifier.PUBLIC) && !ownerPackage.equals(callerPackage)) {
                ok = false;
                if (reported.add(method + " from " + callerPackage)) {
                    error.accept(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                            "@Catches method " + handler.display() + " is not public, but it answers " + who
                            + " in package " + callerPackage + ", whose generated code calls it;",
                            "make it public"));
                }
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        // a subclass has more supertypes than each of its superclasses: deepest first is most specific first
        seen.sort(Comparator.comparingInt((CatchModel c) -> -depth(c.exception())).thenComparing(c -> c.exceptionName().toString()));
        return Optional.of(List.copyOf(seen));
    }

    private static boolean isPublic(TypeElement type) {
        for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
            if (!t.getModifiers().contains(Modifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private int depth(TypeMirror type) {
        int depth = 0;
        List<? extends TypeMirror> supers = types.directSupertypes(type);
        while (!supers.isEmpty()) {
            depth++;
            supers = types.directSupertypes(supers.get(0));
        }
        return depth;
    }

    private static String simpleModule(String module) {
        return module.substring(module.lastIndexOf('.') + 1);
    }

    private static List<TypeMirror> listed(AnnotationMirror catches) {
        List<TypeMirror> listed = new ArrayList<>();
        catches.getElementValues().forEach((name, value) -> {
            if (name.getSimpleName().contentEquals("value") && value.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    if (((AnnotationValue) item).getValue() instanceof DeclaredType type && type.getKind() != TypeKind.ERROR) {
                        listed.add(type);
                    }
                }
            }
        });
        return listed;
    }

    private static String simple(TypeMirror type) {
        return type instanceof DeclaredType d ? d.asElement().getSimpleName().toString() : type.toString();
    }
}

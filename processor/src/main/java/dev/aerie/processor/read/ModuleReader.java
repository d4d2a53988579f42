package dev.aerie.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Creation;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.InjectableClass;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleMethod;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ModuleWiring;
import dev.aerie.processor.model.Parameter;
import dev.aerie.processor.model.ProvidesMethod;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Reads one {@code @Module} class: its lists, its {@code @Provides} methods and its injectables. */
public final class ModuleReader {
    static final String MODULE = "dev.aerie.api.Module";

    private final Reporter reporter;
    private final KeyReader keys;
    private final InjectableReader injectables;
    private final Function<Element, Source> sources;
    private final BiFunction<Element, AnnotationMirror, Function<AnnotationValue, Source>> valueSources;

    /**
     * @param valueSources gives the {@link Source} of one value of a module annotation, so that an
     *     error about a listed class lands on the class literal
     */
    public ModuleReader(ProcessingEnvironment env, Reporter reporter, KeyReader keys, InjectableReader injectables,
            Function<Element, Source> sources,
            BiFunction<Element, AnnotationMirror, Function<AnnotationValue, Source>> valueSources) {
        this.reporter = reporter;
        this.keys = keys;
        this.injectables = injectables;
        this.sources = sources;
        this.valueSources = valueSources;
    }

    /** A module with what must be generated for it. */
    public record Read(ModuleModel model, List<InjectableClass> injectables, Optional<ModuleWiring> wiring) {}

    /**
     * Whether some type a module depends on is not there yet: another processor may generate it
     * in a later round. Looks at the classes the module lists (javac gives an unresolved class
     * literal as an error type or as the string "&lt;error&gt;"), at its {@code @Provides}
     * methods and at the constructors and members of the classes it lists.
     */
    public static boolean incomplete(TypeElement module) {
        Optional<AnnotationMirror> annotation = annotation(module);
        if (annotation.isEmpty()) {
            return false;
        }
        for (AnnotationValue v : annotation.get().getElementValues().values()) {
            if (v.getValue() instanceof List<?> list) {
                for (Object item : list) {
                    Object value = item instanceof AnnotationValue av ? av.getValue() : item;
                    if (!(value instanceof DeclaredType t) || t.getKind() == TypeKind.ERROR) {
                        return true;
                    }
                    if (hasErrors(t.asElement())) {
                        return true;
                    }
                }
            } else if (!(v.getValue() instanceof DeclaredType)) {
                return true; // a single class literal that did not resolve
            }
        }
        return hasErrors(module);
    }

    /** Whether a class's constructors, fields or methods mention a type that does not exist yet. */
    private static boolean hasErrors(Element type) {
        for (Element member : type.getEnclosedElements()) {
            if (member instanceof ExecutableElement e) {
                if (isError(e.getReturnType()) || e.getParameters().stream().anyMatch(p -> isError(p.asType()))) {
                    return true;
                }
            } else if (member.getKind() == ElementKind.FIELD && isError(member.asType())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isError(TypeMirror type) {
        if (type.getKind() == TypeKind.ERROR) {
            return true;
        }
        return type instanceof DeclaredType d && d.getTypeArguments().stream().anyMatch(ModuleReader::isError);
    }

    static Optional<AnnotationMirror> annotation(Element element) {
        return element.getAnnotationMirrors().stream()
                .filter(a -> KeyReader.isType(a.getAnnotationType(), MODULE))
                .map(a -> (AnnotationMirror) a)
                .findFirst();
    }

    public static boolean isModule(Element element) {
        return annotation(element).isPresent();
    }

    /** One class listed in a module annotation, with where it is written. */
    private record Listed(TypeElement type, Source at) {}

    public Read read(TypeElement module) {
        AnnotationMirror annotation = annotation(module).orElseThrow();
        String name = module.getQualifiedName().toString();
        String simple = module.getSimpleName().toString();
        Function<AnnotationValue, Source> at = valueSources.apply(module, annotation);
        Map<String, List<Listed>> lists = new HashMap<>();
        annotation.getElementValues().forEach((element, value) -> {
            List<Listed> listed = new ArrayList<>();
            if (value.getValue() instanceof List<?> items) {
                for (Object item : items) {
                    AnnotationValue av = (AnnotationValue) item;
                    if (av.getValue() instanceof DeclaredType t) {
                        listed.add(new Listed((TypeElement) t.asElement(), at.apply(av)));
                    }
                }
            }
            lists.put(element.getSimpleName().toString(), listed);
        });

        List<String> imports = new ArrayList<>();
        for (Listed imported : lists.getOrDefault("imports", List.of())) {
            if (!isModule(imported.type())) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_MODULE, imported.at(), simple + " imports "
                        + imported.type().getQualifiedName() + ", which is not a @Module.",
                        "Import its module instead, or list it in providers."));
            } else if (imported.type().equals(module)) {
                reporter.report(Diagnostic.of(DiagnosticKind.IMPORT_CYCLE, imported.at(), "import cycle between modules: "
                        + simple + " imports itself.", "Remove " + simple + ".class from its own imports."));
            } else {
                imports.add(imported.type().getQualifiedName().toString());
            }
        }

        List<Binding> bindings = new ArrayList<>();
        List<InjectableClass> classes = new ArrayList<>();
        List<String> controllers = new ArrayList<>();
        List<String> unusable = new ArrayList<>();
        for (String listing : List.of("controllers", "providers")) {
            BindingKind kind = listing.equals("controllers") ? BindingKind.CONTROLLER : BindingKind.PROVIDER;
            for (Listed listed : lists.getOrDefault(listing, List.of())) {
                injectables.read(listed.type(), kind, name, simple, listing, listed.at()).ifPresentOrElse(read -> {
                    bindings.add(read.binding());
                    classes.add(read.injectable());
                    if (kind == BindingKind.CONTROLLER) {
                        controllers.add(listed.type().getQualifiedName().toString());
                    }
                }, () -> unusable.add(listed.type().getQualifiedName().toString()));
            }
        }
        List<String> unreadTypes = new ArrayList<>(unusable);
        ModuleWiring wiring = providesMethods(module, name, simple, bindings, unusable, unreadTypes);
        if (wiring.needsInstance()) {
            checkInstantiable(module);
        }

        List<String> exports = new ArrayList<>();
        for (Listed exported : lists.getOrDefault("exports", List.of())) {
            String exportedName = exported.type().getQualifiedName().toString();
            boolean provided = bindings.stream().anyMatch(b -> b.key().rawType().equals(exportedName));
            if (provided || imports.contains(exportedName)) {
                exports.add(exportedName);
            } else if (!unreadTypes.contains(exportedName)) { // else it was reported where it is listed or provided
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_MODULE, exported.at(), simple + " exports "
                        + exported.type().getSimpleName() + ", which it neither provides nor imports.",
                        "Add " + exported.type().getSimpleName() + " to " + simple
                        + "'s providers (or import the module that exports it), or remove it from exports."));
            }
        }
        ModuleModel model = new ModuleModel(name, imports, exports, bindings, controllers, sources.apply(module), unusable);
        return new Read(model, classes, wiring.methods().isEmpty() ? Optional.empty() : Optional.of(wiring));
    }

    /**
     * Reads the {@code @Provides} methods and adds their bindings, which call the module itself when they can.
     * Of a method it cannot use (reported), adds the key to {@code unusable} and the raw type to {@code unreadTypes}.
     */
    private ModuleWiring providesMethods(TypeElement module, String name, String simple, List<Binding> bindings,
            List<String> unusable, List<String> unreadTypes) {
        List<ProvidesMethod> methods = new ArrayList<>();
        List<ExecutableElement> elements = new ArrayList<>();
        InjectableReader.Names wiringNames = new InjectableReader.Names();
        for (ExecutableElement m : ElementFilter.methodsIn(module.getEnclosedElements())) {
            if (m.getAnnotation(Provides.class) == null) {
                continue;
            }
            String shown = simple + "." + m.getSimpleName() + "()";
            boolean unread = m.getModifiers().contains(Modifier.PRIVATE) || m.getModifiers().contains(Modifier.ABSTRACT)
                    || !m.getTypeParameters().isEmpty(); // reported below; a void method provides nothing
            if (unread && m.getTypeParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID) {
                Key key = keys.key(m.getReturnType(), keys.qualifier(m));
                unusable.add(key.display());
                unreadTypes.add(key.rawType());
            } else if (unread && m.getReturnType() instanceof DeclaredType returned) {
                String raw = ((TypeElement) returned.asElement()).getQualifiedName().toString();
                unusable.add(raw); // a generic method: every parameterization
                unreadTypes.add(raw);
            }
            if (m.getModifiers().contains(Modifier.PRIVATE)) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDES_METHOD, m, "@Provides method " + shown
                        + " is private, so generated code cannot call it without reflection.", "Make it package-private."));
                continue;
            }
            if (m.getModifiers().contains(Modifier.ABSTRACT)) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDES_METHOD, m, "@Provides method " + shown
                        + " is abstract.", "Give it a body."));
                continue;
            }
            if (m.getReturnType().getKind() == TypeKind.VOID) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDES_METHOD, m, "@Provides method " + shown
                        + " returns void.", "Return the instance it provides."));
                continue;
            }
            if (!m.getTypeParameters().isEmpty()) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDES_METHOD, m, "@Provides method " + shown
                        + " is generic.", "Provide one concrete type per method."));
                continue;
            }
            InjectableReader.Names names = new InjectableReader.Names();
            List<Parameter> params = new ArrayList<>();
            for (VariableElement p : m.getParameters()) {
                Dependency d = keys.dependency(p, p.asType(), simple + "." + m.getSimpleName() + "(" + p.getSimpleName() + ")");
                params.add(new Parameter(names.unique(p.getSimpleName().toString()), p.getSimpleName().toString(), d,
                        TypeName.get(p.asType())));
            }
            String wiringName = wiringNames.unique(m.getSimpleName().toString());
            methods.add(new ProvidesMethod(m.getSimpleName().toString(), wiringName,
                    m.getModifiers().contains(Modifier.STATIC), TypeName.get(m.getReturnType()),
                    keys.isPublic(m.getReturnType()), params, m.getModifiers().contains(Modifier.PUBLIC)));
            elements.add(m);
        }
        ClassName moduleClass = ClassName.get(module);
        boolean publicConstructor = ElementFilter.constructorsIn(module.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
        ModuleWiring wiring = new ModuleWiring(moduleClass, KeyReader.isPublic(module), publicConstructor, methods);
        for (int i = 0; i < methods.size(); i++) {
            ProvidesMethod method = methods.get(i);
            ExecutableElement m = elements.get(i);
            Creation create = !wiring.inPlace() ? new StaticCall(wiring.wiring(), method.wiringName())
                    : method.isStatic() ? new StaticCall(moduleClass, method.name())
                    : new ModuleMethod(method.name());
            bindings.add(new Binding(keys.key(m.getReturnType(), keys.qualifier(m)), m.getAnnotation(Provides.class).scope(),
                    BindingKind.PROVIDES, Optional.of(name),
                    method.parameters().stream().map(Parameter::dependency).toList(), create,
                    method.isStatic() ? Optional.empty() : Optional.of(name), Optional.empty(), Optional.empty(),
                    TypeName.get(m.getReturnType()).box(), method.publicReturn(),
                    simple + "." + m.getSimpleName() + "()", sources.apply(m)));
        }
        return wiring;
    }

    private void checkInstantiable(TypeElement module) {
        boolean ok = ElementFilter.constructorsIn(module.getEnclosedElements()).stream()
                .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
        if (!ok || module.getModifiers().contains(Modifier.ABSTRACT) || module.getKind() != ElementKind.CLASS) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_MODULE, module, "module " + module.getSimpleName()
                    + " has instance @Provides methods but the container cannot create it:",
                    "give it a non-private constructor without parameters, or make the @Provides methods static."));
        }
    }
}

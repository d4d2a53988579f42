package dev.aerie.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.OnStop;
import dev.aerie.api.Scope;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.InjectableClass;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.MemberCall;
import dev.aerie.processor.model.NewInstance;
import dev.aerie.processor.model.Parameter;
import dev.aerie.processor.model.Source;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.Reporter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class listed in a module's {@code providers} or {@code controllers}: its constructor,
 * its {@code @Inject} fields and methods in JSR-330 order, its lifecycle methods and its scope.
 */
public final class InjectableReader {
    static final String INJECT = "jakarta.inject.Inject";
    static final String SINGLETON = "jakarta.inject.Singleton";
    private static final String CONTROLLER = "dev.aerie.api.http.Controller";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final KeyReader keys;
    private final Origins origins;
    private final java.util.function.Function<Element, Source> sources;

    public InjectableReader(ProcessingEnvironment env, Reporter reporter, KeyReader keys, Origins origins,
            java.util.function.Function<Element, Source> sources) {
        this.elements = env.getElementUtils();
        this.types = env.getTypeUtils();
        this.reporter = reporter;
        this.keys = keys;
        this.origins = origins;
        this.sources = sources;
    }

    /** A readable injectable: its binding and what its factory does. */
    public record Read(Binding binding, InjectableClass injectable) {}

    /**
     * Reads {@code type}, listed by {@code module} (in {@code listing}, e.g. "providers").
     * Problems are reported at {@code listedAt} when they are about the listing, else on the member.
     */
    public Optional<Read> read(TypeElement type, BindingKind kind, String module, String moduleSimpleName,
            String listing, Source listedAt) {
        String name = type.getSimpleName().toString();
        String notInjectable = type.getQualifiedName() + " is listed in " + moduleSimpleName + "."
                + listing + " but is not injectable: ";
        if (type.getKind() == ElementKind.INTERFACE || type.getKind() == ElementKind.ANNOTATION_TYPE) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable + "it is an interface.",
                    "List a class that implements it, or bind it with a @Provides method in " + moduleSimpleName + "."));
            return Optional.empty();
        }
        if (type.getKind() == ElementKind.ENUM || type.getModifiers().contains(Modifier.ABSTRACT)) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable + "it is "
                    + (type.getKind() == ElementKind.ENUM ? "an enum" : "abstract") + ".",
                    "List a concrete class, or bind it with a @Provides method in " + moduleSimpleName + "."));
            return Optional.empty();
        }
        if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)
                && type.getKind() == ElementKind.CLASS) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable + "it is an inner class.",
                    "Make it static."));
            return Optional.empty();
        }
        if (type.getNestingKind().isNested() && type.getNestingKind() != NestingKind.MEMBER) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable
                    + "it is a local or anonymous class.", "Move it to a top-level or static nested class."));
            return Optional.empty();
        }
        if (!type.getTypeParameters().isEmpty()) {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable + "it is generic.",
                    "Bind a parameterized type with a @Provides method."));
            return Optional.empty();
        }
        for (var annotation : type.getAnnotationMirrors()) {
            Element annotationType = annotation.getAnnotationType().asElement();
            if (hasAnnotation(annotationType, "jakarta.inject.Scope")
                    && !((TypeElement) annotationType).getQualifiedName().contentEquals(SINGLETON)) {
                String message = type.getSimpleName() + " is annotated " + annotation + ", a custom scope.";
                String fix = "Aerie has three scopes: use @Injectable(scope = SINGLETON, REQUEST or TRANSIENT).";
                if (origins.inSource(type)) {
                    reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, type, message, fix));
                } else {
                    reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, message, fix));
                }
                return Optional.empty();
            }
        }
        boolean annotated = type.getAnnotation(Injectable.class) != null;
        // a @Controller is made to be injected, like an @Injectable: its only constructor is the one
        boolean controller = kind == BindingKind.CONTROLLER || hasAnnotation(type, CONTROLLER);
        Optional<ExecutableElement> constructor = constructor(type, annotated || controller, notInjectable, listedAt);
        if (constructor.isEmpty()) {
            return Optional.empty();
        }
        Scope scope = annotated ? type.getAnnotation(Injectable.class).scope()
                : hasAnnotation(type, SINGLETON) || kind == BindingKind.CONTROLLER ? Scope.SINGLETON : Scope.TRANSIENT;

        DeclaredType self = (DeclaredType) type.asType();
        Names names = new Names();
        List<Parameter> ctorParams = new ArrayList<>();
        for (VariableElement p : constructor.get().getParameters()) {
            ctorParams.add(parameter(p, p.asType(), p.asType(), name + ".<init>(" + p.getSimpleName() + ")", names));
        }
        List<TypeElement> hierarchy = hierarchy(type);
        List<MemberCall> members = new ArrayList<>();
        List<MemberCall> onStart = new ArrayList<>();
        List<MemberCall> onStop = new ArrayList<>();
        for (TypeElement declaring : hierarchy) {
            members.addAll(injectedMembers(declaring, type, self, hierarchy, names));
        }
        for (TypeElement declaring : hierarchy) {
            onStart.addAll(hooks(declaring, type, hierarchy, OnStart.class, "@OnStart", scope));
            onStop.addAll(hooks(declaring, type, hierarchy, OnStop.class, "@OnStop", scope));
        }
        ClassName className = ClassName.get(type);
        boolean inPlace = KeyReader.isPublic(type) && constructor.get().getModifiers().contains(Modifier.PUBLIC)
                && ctorParams.stream().allMatch(p -> p.dependency().publicType())
                && members.isEmpty() && onStart.isEmpty() && onStop.isEmpty();
        InjectableClass injectable = new InjectableClass(className, KeyReader.isPublic(type), ctorParams, members,
                onStart, onStop, inPlace);
        List<Dependency> dependencies = new ArrayList<>();
        ctorParams.forEach(p -> dependencies.add(p.dependency()));
        members.forEach(m -> m.parameters().forEach(p -> dependencies.add(p.dependency())));
        Key key = keys.key(type.asType());
        ClassName factory = injectable.factory();
        Binding binding = new Binding(key, scope, kind, Optional.of(module), dependencies,
                inPlace ? new NewInstance(className) : new StaticCall(factory, "create"), Optional.empty(),
                onStart.isEmpty() ? Optional.empty() : Optional.of(new StaticCall(factory, "start")),
                onStop.isEmpty() ? Optional.empty() : Optional.of(new StaticCall(factory, "stop")),
                TypeName.get(type.asType()), injectable.publicType(), name, listedAt);
        return Optional.of(new Read(binding, injectable));
    }

    private Optional<ExecutableElement> constructor(TypeElement type, boolean annotated, String notInjectable, Source listedAt) {
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        List<ExecutableElement> inject = constructors.stream().filter(c -> hasAnnotation(c, INJECT)).toList();
        if (inject.size() > 1) {
            for (ExecutableElement extra : inject.subList(1, inject.size())) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, extra, type.getSimpleName()
                        + " has more than one @Inject constructor.", "Keep @Inject on one of them."));
            }
            return Optional.empty();
        }
        ExecutableElement chosen;
        if (inject.size() == 1) {
            chosen = inject.get(0);
        } else if (annotated && constructors.size() == 1) {
            chosen = constructors.get(0);
        } else if (annotated) {
            String message = notInjectable + "it has " + constructors.size() + " constructors.";
            String fix = "Mark the one the container calls with @Inject.";
            if (origins.inSource(type)) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, constructors.get(0), message, fix));
            } else {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, message, fix));
            }
            return Optional.empty();
        } else if (constructors.size() == 1 && constructors.get(0).getParameters().isEmpty()
                && constructors.get(0).getModifiers().contains(Modifier.PUBLIC)) {
            chosen = constructors.get(0);
        } else {
            reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable
                    + "it is not @Injectable and has no @Inject constructor.",
                    "Annotate it with @Injectable or give it an @Inject constructor."));
            return Optional.empty();
        }
        if (chosen.getModifiers().contains(Modifier.PRIVATE)) {
            if (origins.inSource(chosen)) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, chosen, "the constructor of " + type.getSimpleName()
                        + " is private, so generated code cannot call it without reflection.", "Make it package-private."));
            } else {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_PROVIDER, listedAt, notInjectable
                        + "its constructor is private.", "Use a version of the library with a non-private constructor,"
                        + " or bind it with a @Provides method."));
            }
            return Optional.empty();
        }
        return Optional.of(chosen);
    }

    /** The class and its superclasses below Object, top-most first. */
    private List<TypeElement> hierarchy(TypeElement type) {
        List<TypeElement> chain = new ArrayList<>();
        for (TypeElement t = type; t != null; ) {
            if (t.getQualifiedName().contentEquals("java.lang.Object")) {
                break;
            }
            chain.add(0, t);
            TypeMirror superclass = t.getSuperclass();
            t = superclass.getKind() == TypeKind.DECLARED ? (TypeElement) types.asElement(superclass) : null;
        }
        return chain;
    }

    private List<MemberCall> injectedMembers(TypeElement declaring, TypeElement target, DeclaredType self,
            List<TypeElement> hierarchy, Names names) {
        List<MemberCall> fields = new ArrayList<>();
        List<MemberCall> methods = new ArrayList<>();
        Map<String, Integer> helperNames = new HashMap<>();
        boolean isTarget = declaring.equals(target);
        String owner = declaring.getSimpleName().toString();
        List<String> generic = declaring.getTypeParameters().stream().map(TypeParameterElement::toString).toList();
        for (Element member : declaring.getEnclosedElements()) {
            boolean field = member.getKind() == ElementKind.FIELD;
            boolean method = member.getKind() == ElementKind.METHOD;
            if (!(field || method)) {
                continue;
            }
            boolean inject = hasAnnotation(member, INJECT);
            String helper = helperName("inject", member, helperNames);
            if (!inject || !usable(member, "@Inject")) {
                continue;
            }
            if (field) {
                VariableElement f = (VariableElement) member;
                if (f.getModifiers().contains(Modifier.FINAL)) {
                    reporter.report(Diagnostic.of(DiagnosticKind.BAD_INJECTION_POINT, f, "@Inject field " + owner + "."
                            + f.getSimpleName() + " is final, so it cannot be injected.",
                            "Remove final, or inject it through the constructor."));
                    continue;
                }
                TypeMirror resolved = types.asMemberOf(self, f);
                Parameter p = parameter(f, resolved, f.asType(), owner + "." + f.getSimpleName(), names);
                fields.add(new MemberCall(ClassName.get(declaring), isTarget, f.getSimpleName().toString(), true,
                        List.of(p), helper, generic));
            } else {
                ExecutableElement m = (ExecutableElement) member;
                if (m.getModifiers().contains(Modifier.ABSTRACT) || overridden(m, declaring, hierarchy, target)) {
                    continue; // JSR-330: an overriding method is injected (or not) in its own place
                }
                if (!m.getTypeParameters().isEmpty()) {
                    reporter.report(Diagnostic.of(DiagnosticKind.BAD_INJECTION_POINT, m, "@Inject method " + owner + "."
                            + m.getSimpleName() + " is generic.", "Injected methods cannot declare type parameters: remove them."));
                    continue;
                }
                ExecutableType resolved = (ExecutableType) types.asMemberOf(self, m);
                List<Parameter> params = new ArrayList<>();
                for (int i = 0; i < m.getParameters().size(); i++) {
                    VariableElement p = m.getParameters().get(i);
                    params.add(parameter(p, resolved.getParameterTypes().get(i), p.asType(),
                            owner + "." + m.getSimpleName() + "(" + p.getSimpleName() + ")", names));
                }
                methods.add(new MemberCall(ClassName.get(declaring), isTarget, m.getSimpleName().toString(), false,
                        params, helper, generic));
            }
        }
        List<MemberCall> all = new ArrayList<>(fields);
        all.addAll(methods);
        return all;
    }

    private List<MemberCall> hooks(TypeElement declaring, TypeElement target, List<TypeElement> hierarchy,
            Class<? extends java.lang.annotation.Annotation> annotation, String shown, Scope scope) {
        List<MemberCall> hooks = new ArrayList<>();
        Map<String, Integer> helperNames = new HashMap<>();
        for (ExecutableElement m : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
            String helper = helperName("invoke", m, helperNames);
            if (m.getAnnotation(annotation) == null || !usable(m, shown)) {
                continue;
            }
            if (!m.getParameters().isEmpty()) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_LIFECYCLE, m, shown + " method " + declaring.getSimpleName()
                        + "." + m.getSimpleName() + " takes parameters.",
                        "Lifecycle methods take none: inject what they need into the class."));
                continue;
            }
            if (scope != Scope.SINGLETON) {
                reporter.report(Diagnostic.of(DiagnosticKind.BAD_LIFECYCLE, m, shown + " method " + declaring.getSimpleName()
                        + "." + m.getSimpleName() + " is on " + target.getSimpleName() + ", which is " + scope + "-scoped.",
                        "Only singletons have a lifecycle: make it @Injectable (singleton)."));
                continue;
            }
            if (m.getModifiers().contains(Modifier.ABSTRACT) || overridden(m, declaring, hierarchy, target)) {
                continue;
            }
            hooks.add(new MemberCall(ClassName.get(declaring), declaring.equals(target), m.getSimpleName().toString(),
                    false, List.of(), helper,
                    declaring.getTypeParameters().stream().map(TypeParameterElement::toString).toList()));
        }
        return hooks;
    }

    /** Static and private members: errors in source being compiled, silently skipped in libraries. */
    private boolean usable(Element member, String shown) {
        Set<Modifier> modifiers = member.getModifiers();
        String what = member.getEnclosingElement().getSimpleName() + "." + member.getSimpleName();
        if (modifiers.contains(Modifier.PRIVATE)) {
            if (origins.inSource(member)) {
                reporter.report(Diagnostic.of(shown.equals("@Inject") ? DiagnosticKind.BAD_INJECTION_POINT
                        : DiagnosticKind.BAD_LIFECYCLE, member, shown + " member " + what
                        + " is private, so generated code cannot reach it without reflection.", "Make it package-private."));
            }
            return false;
        }
        if (modifiers.contains(Modifier.STATIC)) {
            if (origins.inSource(member)) {
                reporter.report(Diagnostic.of(shown.equals("@Inject") ? DiagnosticKind.BAD_INJECTION_POINT
                        : DiagnosticKind.BAD_LIFECYCLE, member, shown + " member " + what + " is static.",
                        "Aerie does not inject static members: make it an instance member."));
            }
            return false;
        }
        return true;
    }

    /** Whether a class below {@code declaring} (up to the target) overrides {@code method}. */
    private boolean overridden(ExecutableElement method, TypeElement declaring, List<TypeElement> hierarchy, TypeElement target) {
        int from = hierarchy.indexOf(declaring);
        for (int i = from + 1; i < hierarchy.size(); i++) {
            for (ExecutableElement candidate : ElementFilter.methodsIn(hierarchy.get(i).getEnclosedElements())) {
                if (overrides(candidate, i, method, from, hierarchy, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * JLS 8.4.8.1, which {@code Elements.overrides} does not follow for package-private methods of
     * a superclass whose subclass in between is in another package: {@code mC} (declared in
     * {@code hierarchy[c]}) overrides {@code mA} (declared in {@code hierarchy[a]}, a superclass)
     * when the signatures match and {@code mA} is public or protected, or package-private in
     * {@code mC}'s package, or {@code mC} overrides a method in between that overrides {@code mA}.
     */
    private boolean overrides(ExecutableElement mC, int c, ExecutableElement mA, int a, List<TypeElement> hierarchy,
            TypeElement target) {
        if (!mC.getSimpleName().equals(mA.getSimpleName()) || !sameParameters(mC, mA, target)
                || mA.getModifiers().contains(Modifier.PRIVATE) || mC.getModifiers().contains(Modifier.PRIVATE)
                || mA.getModifiers().contains(Modifier.STATIC) || mC.getModifiers().contains(Modifier.STATIC)) {
            return false;
        }
        Set<Modifier> modifiers = mA.getModifiers();
        if (modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.PROTECTED)
                || elements.getPackageOf(hierarchy.get(a)).equals(elements.getPackageOf(hierarchy.get(c)))) {
            return true;
        }
        for (int b = a + 1; b < c; b++) {
            for (ExecutableElement middle : ElementFilter.methodsIn(hierarchy.get(b).getEnclosedElements())) {
                if (overrides(middle, b, mA, a, hierarchy, target) && overrides(mC, c, middle, b, hierarchy, target)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean sameParameters(ExecutableElement x, ExecutableElement y, TypeElement target) {
        if (x.getParameters().size() != y.getParameters().size()) {
            return false;
        }
        DeclaredType self = (DeclaredType) target.asType();
        List<? extends TypeMirror> xs = ((ExecutableType) types.asMemberOf(self, x)).getParameterTypes();
        List<? extends TypeMirror> ys = ((ExecutableType) types.asMemberOf(self, y)).getParameterTypes();
        for (int i = 0; i < xs.size(); i++) {
            if (!types.isSameType(types.erasure(xs.get(i)), types.erasure(ys.get(i)))) {
                return false;
            }
        }
        return true;
    }

    /** Names of members-injector methods: stable per declaring class, whoever asks. */
    private static String helperName(String prefix, Element member, Map<String, Integer> used) {
        String simple = member.getSimpleName().toString();
        String base = prefix + Character.toUpperCase(simple.charAt(0)) + simple.substring(1);
        int count = used.merge(base, 1, Integer::sum);
        return count == 1 ? base : base + count;
    }

    private Parameter parameter(Element element, TypeMirror resolved, TypeMirror declared, String site, Names names) {
        Dependency dependency = keys.dependency(element, resolved, site);
        return new Parameter(names.unique(element.getSimpleName().toString()), element.getSimpleName().toString(),
                dependency, TypeName.get(declared));
    }

    static boolean hasAnnotation(Element element, String qualifiedName) {
        return element.getAnnotationMirrors().stream()
                .anyMatch(a -> KeyReader.isType(a.getAnnotationType(), qualifiedName));
    }

    /** Unique parameter names for one generated method. */
    static final class Names {
        private final Set<String> used = new HashSet<>(Set.of("instance"));

        String unique(String name) {
            String candidate = name;
            for (int i = 2; !used.add(candidate); i++) {
                candidate = name + i;
            }
            return candidate;
        }
    }
}

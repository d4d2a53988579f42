package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.aerie.api.Scope;
import dev.aerie.processor.codegen.GeneratedClass;
import dev.aerie.processor.codegen.RuntimeTypes;
import dev.aerie.processor.json.JsonSupport;
import dev.aerie.processor.graph.Visibility;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.model.StaticCall;
import dev.aerie.processor.spi.AerieExtension;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import dev.aerie.processor.spi.ExtensionContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The HTTP extension of the processor: reads {@code @Controller} classes of each application,
 * binds the application's generated {@code HttpApplication} (whose dependencies are the
 * controllers, providers of per-request parameters and the request listeners) and writes the
 * routes and the OpenAPI document.
 */
public final class HttpExtension implements AerieExtension {
    static final Key HTTP_APPLICATION = Key.of(RuntimeTypes.HTTP_APPLICATION.canonicalName(), RuntimeTypes.HTTP_APPLICATION.reflectionName());
    private static final String CONTROLLER = "dev.aerie.api.http.Controller";
    static final String REQUEST = "dev.aerie.api.http.Request";
    private static final String FILTERS = "dev.aerie.api.http.Filters";
    private static final ClassName CURRENT_REQUEST = RuntimeTypes.CURRENT_REQUEST;

    private JsonSupport json;
    private final Set<String> annotatedControllers = new TreeSet<>();
    private final Set<String> listedControllers = new HashSet<>();
    private final Map<String, HttpGeneration.Plan> plans = new HashMap<>();
    private HttpGeneration generation;
    /** {@code @Catches} methods already checked (and their errors reported) in this compilation. */
    private final Set<javax.lang.model.element.ExecutableElement> checkedCatchers = new HashSet<>();
    /** Per class with {@code @Catches} methods, its first one; and every type some module binds. */
    private final Set<String> catchesOwners = new TreeSet<>();
    private final Set<String> boundTypes = new HashSet<>();

    public HttpExtension() {}

    @Override
    public Set<String> annotationTypes() {
        return Set.of(CONTROLLER, "dev.aerie.api.http.Get", "dev.aerie.api.http.Post", "dev.aerie.api.http.Put",
                "dev.aerie.api.http.Patch", "dev.aerie.api.http.Delete", GuardModel.GUARDED, GuardModel.INTERCEPTED,
                Catchers.CATCHES, FILTERS, "dev.aerie.api.http.Cookie", "dev.aerie.api.http.Form");
    }

    private HttpGeneration generation(ExtensionContext context) {
        if (generation == null) {
            json = new JsonSupport(context.env(), context.reporter());
            generation = new HttpGeneration(json, context.reporter()::report);
        }
        return generation;
    }

    @Override
    public void round(ExtensionContext context, RoundEnvironment round) {
        TypeElement controller = context.env().getElementUtils().getTypeElement(CONTROLLER);
        if (controller != null) {
            for (Element element : round.getElementsAnnotatedWith(controller)) {
                if (element instanceof TypeElement type) {
                    annotatedControllers.add(type.getQualifiedName().toString());
                }
            }
        }
        TypeElement catches = context.env().getElementUtils().getTypeElement(Catchers.CATCHES);
        if (catches != null) {
            for (Element element : round.getElementsAnnotatedWith(catches)) {
                if (element.getEnclosingElement() instanceof TypeElement owner) {
                    catchesOwners.add(owner.getQualifiedName().toString());
                }
            }
        }
    }

    @Override
    public List<Binding> bindings(ExtensionContext context, ApplicationModel application) {
        Elements elements = context.env().getElementUtils();
        Types types = context.env().getTypeUtils();
        List<TypeElement> controllers = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Map<String, String> moduleOf = new HashMap<>();
        Map<Key, List<Binding>> bound = new HashMap<>();
        List<Binding> singletons = new ArrayList<>();
        for (ModuleModel module : application.modules()) {
            // a listed class that could not be read was reported where it is listed: it is not unlisted
            listedControllers.addAll(module.unusable());
            for (String controller : module.controllers()) {
                listedControllers.add(controller);
                moduleOf.putIfAbsent(controller, module.name());
                TypeElement element = elements.getTypeElement(controller);
                if (seen.add(controller) && element != null) {
                    controllers.add(element);
                }
            }
            boundTypes.addAll(module.unusable());
            for (Binding binding : module.bindings()) {
                boundTypes.add(binding.key().rawType());
                bound.computeIfAbsent(binding.key(), k -> new ArrayList<>()).add(binding);
                if (binding.scope() == Scope.SINGLETON) {
                    singletons.add(binding);
                }
            }
        }
        application.extraBindings().forEach(b -> bound.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b));
        if (controllers.isEmpty()) {
            return List.of();
        }
        Optional<Binding> request = requestBinding(context, application, controllers);
        request.ifPresent(b -> bound.computeIfAbsent(b.key(), k -> new ArrayList<>()).add(b));
        List<ClassName> listeners = implementing("dev.aerie.api.http.RequestListener", elements, types, singletons);
        List<ClassName> checks = implementing("dev.aerie.api.health.HealthCheck", elements, types, singletons);
        ClassName root = ClassName.bestGuess(application.root());
        ClassName name = GeneratedClass.HTTP.of(root);
        // a handler parameter is injected when the controller's module could inject its type
        // in a constructor: its own bindings, what its imports export, and extension bindings
        Visibility visibility = new Visibility(application.modules());
        generation(context); // sets json
        Catchers catchers = new Catchers(application.modules().stream().flatMap(m -> m.bindings().stream())
                .filter(b -> b.key().qualifier().isEmpty()).toList(), moduleOf, visibility, elements, types, json,
                context.reporter()::report, checkedCatchers);
        Guards guards = new Guards(application.root(), application.modules(), moduleOf, bound, context.keys()::key, elements,
                context.reporter()::report);
        Optional<HttpGeneration.Plan> plan = generation(context).plan(application.root(), name, controllers, listeners,
                controller -> type -> bound.getOrDefault(context.keys().key(type), List.of()).stream()
                        .anyMatch(b -> visibility.sees(moduleOf.get(controller.getQualifiedName().toString()), b)),
                guards, catchers);
        Optional<List<ClassName>> filters = filters(context, application, bound, visibility);
        TypeElement rootModule = elements.getTypeElement(application.root());
        Optional<List<CatchModel>> rootCatchers = catchers.visibleTo(application.root(),
                "Module " + rootModule.getSimpleName() + " (answering requests no route matches)", rootModule,
                elements.getPackageOf(rootModule).getQualifiedName().toString());
        if (plan.isEmpty() || filters.isEmpty() || rootCatchers.isEmpty()) {
            return List.of();
        }
        plan = Optional.of(plan.get().withRoot(filters.get(), rootCatchers.get()).withChecks(checks));
        plans.put(application.root(), plan.get());
        TypeElement rootElement = elements.getTypeElement(application.root());
        List<Binding> result = new ArrayList<>();
        result.add(new Binding(HTTP_APPLICATION, Scope.SINGLETON, BindingKind.EXTENSION, Optional.empty(),
                dependencies(context, plan.get()), new StaticCall(name, "create"), Optional.empty(), Optional.empty(),
                Optional.empty(), ApplicationWriter.HTTP_APPLICATION, true, name.simpleName(),
                context.sourceOf(rootElement)));
        request.ifPresent(result::add);
        return result;
    }

    /**
     * The request-scoped {@code Request} binding, when something injects it (a binding's
     * dependency or a route parameter): bound only then, so applications that never read it
     * keep the container they had.
     */
    private static Optional<Binding> requestBinding(ExtensionContext context, ApplicationModel application,
                                                    List<TypeElement> controllers) {
        TypeElement request = context.env().getElementUtils().getTypeElement(REQUEST);
        if (request == null) {
            return Optional.empty();
        }
        Key key = context.keys().key(request.asType());
        boolean wanted = application.modules().stream().flatMap(m -> m.bindings().stream())
                .flatMap(b -> b.dependencies().stream()).anyMatch(d -> d.key().equals(key))
                || application.extraBindings().stream().flatMap(b -> b.dependencies().stream()).anyMatch(d -> d.key().equals(key))
                || controllers.stream().flatMap(c -> javax.lang.model.util.ElementFilter.methodsIn(c.getEnclosedElements()).stream())
                        .flatMap(m -> m.getParameters().stream())
                        .anyMatch(p -> context.env().getTypeUtils().isSameType(p.asType(), request.asType()));
        if (!wanted) {
            return Optional.empty();
        }
        return Optional.of(new Binding(key, Scope.REQUEST, BindingKind.EXTENSION, Optional.empty(), List.of(),
                new StaticCall(CURRENT_REQUEST, "get"), Optional.empty(), Optional.empty(), Optional.empty(),
                ClassName.get(request), true, "the HTTP request being handled",
                context.sourceOf(context.env().getElementUtils().getTypeElement(application.root()))));
    }

    /**
     * The root module's {@code @Filters}, checked: each implements Helidon's {@code Filter} and is
     * a binding the root sees; {@code @Filters} on another module is an error. Empty after an error.
     */
    private static Optional<List<ClassName>> filters(ExtensionContext context, ApplicationModel application,
                                                     Map<Key, List<Binding>> bound, Visibility visibility) {
        Elements elements = context.env().getElementUtils();
        Types types = context.env().getTypeUtils();
        boolean ok = true;
        List<ClassName> filters = new ArrayList<>();
        TypeElement filter = elements.getTypeElement("io.helidon.webserver.http.Filter");
        for (ModuleModel module : application.modules()) {
            TypeElement element = elements.getTypeElement(module.name());
            if (element == null || ControllerReader.annotationNamed(element, FILTERS).isEmpty()) {
                continue;
            }
            if (!module.name().equals(application.root())) {
                context.reporter().report(Diagnostic.of(DiagnosticKind.BAD_FILTER, element,
                        "@Filters on " + element.getSimpleName() + " is not used: filters run around every request of the "
                        + "server, so only the root module lists them;", "move them to the root module"));
                ok = false;
                continue;
            }
            for (GuardModel listed : GuardModel.on(element, Optional.empty(), FILTERS)) {
                String simple = listed.simpleName();
                if (filter == null || !types.isAssignable(listed.type(), filter.asType())) {
                    context.reporter().report(Diagnostic.of(DiagnosticKind.BAD_FILTER, element,
                            simple + " in @Filters does not implement io.helidon.webserver.http.Filter;",
                            "implement it, or attach it as a @Guarded guard or @Intercepted interceptor instead"));
                    ok = false;
                    continue;
                }
                List<Binding> bindings = bound.getOrDefault(context.keys().key(listed.type()), List.of());
                if (bindings.stream().noneMatch(b -> visibility.sees(module.name(), b))) {
                    context.reporter().report(bindings.isEmpty()
                            ? Diagnostic.of(DiagnosticKind.MISSING_BINDING, element, "Filter " + simple + " in @Filters of "
                                    + element.getSimpleName() + " is not bound in the application;",
                                    "list " + simple + " in the providers of a module")
                            : Diagnostic.of(DiagnosticKind.NOT_EXPORTED, element, "Filter " + simple + " in @Filters of "
                                    + element.getSimpleName() + " is not visible to " + element.getSimpleName() + ":",
                                    visibility.fix(module.name(), bindings.get(0))));
                    ok = false;
                    continue;
                }
                filters.add((ClassName) listed.typeName());
            }
        }
        return ok ? Optional.of(filters) : Optional.empty();
    }

    /** The singleton bindings whose class implements {@code api} (RequestListener, HealthCheck), in module order. */
    private static List<ClassName> implementing(String api, Elements elements, Types types, List<Binding> singletons) {
        TypeElement listener = elements.getTypeElement(api);
        if (listener == null) {
            return List.of();
        }
        TypeMirror listenerType = types.erasure(listener.asType());
        Map<String, ClassName> found = new LinkedHashMap<>();
        for (Binding binding : singletons) {
            if (binding.key().qualifier().isPresent() || !(binding.type() instanceof ClassName type)) {
                continue;
            }
            TypeElement element = elements.getTypeElement(type.canonicalName());
            if (element != null && types.isAssignable(types.erasure(element.asType()), listenerType)) {
                found.putIfAbsent(type.canonicalName(), type);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * In the order of the generated {@code create} method: controllers, providers of injected
     * parameters, listeners, filters, owners of the root's handlers, readiness checks.
     */
    private static List<Dependency> dependencies(ExtensionContext context, HttpGeneration.Plan plan) {
        Elements elements = context.env().getElementUtils();
        Types types = context.env().getTypeUtils();
        String site = plan.name().simpleName() + ".create";
        List<Dependency> dependencies = new ArrayList<>();
        Set<String> controllers = new HashSet<>();
        for (ControllerModel controller : plan.controllers()) {
            controllers.add(controller.type().canonicalName());
            dependencies.add(context.keys().dependency(controller.element(), controller.element().asType(),
                    site + "(" + controller.type().simpleName() + ")"));
        }
        Set<String> injected = new HashSet<>();
        TypeElement provider = elements.getTypeElement("jakarta.inject.Provider");
        for (ControllerModel controller : plan.controllers()) {
            for (Injection param : ControllerWriter.injected(controller)) {
                if (injected.add(param.typeName().toString())) {
                    DeclaredType providerType = types.getDeclaredType(provider, param.type());
                    dependencies.add(context.keys().dependency(param.at(), providerType, param.site()));
                }
            }
        }
        for (ClassName listener : plan.listeners()) {
            if (!controllers.contains(listener.canonicalName())) {
                TypeElement element = elements.getTypeElement(listener.canonicalName());
                dependencies.add(context.keys().dependency(element, element.asType(), site + "(" + listener.simpleName() + ")"));
            }
        }
        for (ClassName filter : plan.filters()) {
            TypeElement element = elements.getTypeElement(filter.canonicalName());
            dependencies.add(context.keys().dependency(element, element.asType(), site + "(filter " + filter.simpleName() + ")"));
        }
        for (Injection owner : ApplicationWriter.catcherOwners(plan.rootCatchers())) {
            dependencies.add(context.keys().dependency(owner.at(), types.getDeclaredType(provider, owner.type()), owner.site()));
        }
        Set<String> shared = new HashSet<>(controllers);
        plan.listeners().forEach(l -> shared.add(l.canonicalName()));
        for (ClassName check : plan.checks()) {
            if (shared.add(check.canonicalName())) {
                TypeElement element = elements.getTypeElement(check.canonicalName());
                dependencies.add(context.keys().dependency(element, element.asType(), site + "(" + check.simpleName() + ")"));
            }
        }
        return dependencies;
    }

    @Override
    public void write(ExtensionContext context, ResolvedApplication application) {
        HttpGeneration.Plan plan = plans.get(application.root());
        if (plan == null) {
            return;
        }
        List<JavaFile> files = generation(context).files(plan);
        for (int i = 0; i < files.size(); i++) {
            // each service comes from its controller; the application class last, from the first controller
            context.writeJava(files.get(i), plan.controllers().get(Math.min(i, plan.controllers().size() - 1)).element());
        }
        context.writeResource(plan.openApiResource(), generation(context).openApi(plan), plan.controllers().get(0).element());
        json.writeAll(context.env().getFiler());
    }

    @Override
    public void finish(ExtensionContext context) {
        Elements elements = context.env().getElementUtils();
        List<TypeElement> unlisted = annotatedControllers.stream().map(elements::getTypeElement)
                .filter(e -> e != null).toList();
        generation(context).checkListed(unlisted, listedControllers);
        if (!context.reporter().hasErrors()) { // after other errors some applications were not read
            for (String owner : catchesOwners) {
                // looked up again: elements of an earlier round do not point into their source any more
                TypeElement type = elements.getTypeElement(owner);
                Optional<javax.lang.model.element.ExecutableElement> first = type == null ? Optional.empty()
                        : javax.lang.model.util.ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                                .filter(m -> ControllerReader.annotationNamed(m, Catchers.CATCHES).isPresent()).findFirst();
                if (first.isPresent() && !boundTypes.contains(owner)) {
                    javax.lang.model.element.ExecutableElement method = first.get();
                    String simple = type.getSimpleName().toString();
                    context.reporter().report(Diagnostic.of(DiagnosticKind.BAD_EXCEPTION_HANDLER, method,
                            "@Catches method " + simple + "." + method.getSimpleName() + " is on " + simple
                                    + ", which no module provides, so it answers nothing;",
                            "list " + simple + " in the providers of the module whose routes it should answer"));
                }
            }
        }
    }
}

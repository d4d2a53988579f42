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

    private JsonSupport json;
    private final Set<String> annotatedControllers = new TreeSet<>();
    private final Set<String> listedControllers = new HashSet<>();
    private final Map<String, HttpGeneration.Plan> plans = new HashMap<>();
    private HttpGeneration generation;

    public HttpExtension() {}

    @Override
    public Set<String> annotationTypes() {
        return Set.of(CONTROLLER, "dev.aerie.api.http.Get", "dev.aerie.api.http.Post", "dev.aerie.api.http.Put",
                "dev.aerie.api.http.Patch", "dev.aerie.api.http.Delete");
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
            for (Binding binding : module.bindings()) {
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
        List<ClassName> listeners = listeners(elements, types, singletons);
        ClassName root = ClassName.bestGuess(application.root());
        ClassName name = GeneratedClass.HTTP.of(root);
        // a handler parameter is injected when the controller's module could inject its type
        // in a constructor: its own bindings, what its imports export, and extension bindings
        Visibility visibility = new Visibility(application.modules());
        Optional<HttpGeneration.Plan> plan = generation(context).plan(application.root(), name, controllers, listeners,
                controller -> type -> bound.getOrDefault(context.keys().key(type), List.of()).stream()
                        .anyMatch(b -> visibility.sees(moduleOf.get(controller.getQualifiedName().toString()), b)));
        if (plan.isEmpty()) {
            return List.of();
        }
        plans.put(application.root(), plan.get());
        TypeElement rootElement = elements.getTypeElement(application.root());
        return List.of(new Binding(HTTP_APPLICATION, Scope.SINGLETON, BindingKind.EXTENSION, Optional.empty(),
                dependencies(context, plan.get()), new StaticCall(name, "create"), Optional.empty(), Optional.empty(),
                Optional.empty(), ApplicationWriter.HTTP_APPLICATION, true, name.simpleName(),
                context.sourceOf(rootElement)));
    }

    /** The singleton bindings whose class implements RequestListener, in module order. */
    private static List<ClassName> listeners(Elements elements, Types types, List<Binding> singletons) {
        TypeElement listener = elements.getTypeElement("dev.aerie.api.http.RequestListener");
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

    /** In the order of the generated {@code create} method: controllers, providers of injected parameters, listeners. */
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
            for (ParamModel.Injected param : ControllerWriter.injected(controller)) {
                if (injected.add(param.typeName().toString())) {
                    DeclaredType providerType = types.getDeclaredType(provider, param.type());
                    dependencies.add(context.keys().dependency(param.element(), providerType,
                            controller.type().simpleName() + "." + param.element().getEnclosingElement().getSimpleName()
                                    + "(" + param.name() + ")"));
                }
            }
        }
        for (ClassName listener : plan.listeners()) {
            if (!controllers.contains(listener.canonicalName())) {
                TypeElement element = elements.getTypeElement(listener.canonicalName());
                dependencies.add(context.keys().dependency(element, element.asType(), site + "(" + listener.simpleName() + ")"));
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
    }
}

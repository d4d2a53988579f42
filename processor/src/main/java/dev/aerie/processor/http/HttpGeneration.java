package dev.aerie.processor.http;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.aerie.processor.json.JsonSupport;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * The HTTP products of a compilation: per controller its Helidon service, per application its
 * {@code HttpApplication} and OpenAPI document. {@link #plan} reads and validates (diagnostics go to
 * {@code error}); {@link #files} writes a valid plan.
 */
final class HttpGeneration {
    private final JsonSupport json;
    private final Consumer<Diagnostic> error;
    /** Controllers are read once per compilation, so a controller shared by two applications reports its errors once. */
    private final Map<String, Optional<ControllerModel>> read = new HashMap<>();

    HttpGeneration(JsonSupport json, Consumer<Diagnostic> error) {
        this.json = json;
        this.error = error;
    }

    /**
     * What one application serves.
     *
     * @param name        the HttpApplication class to write
     * @param controllers its controllers, in module order
     * @param listeners   its singletons implementing RequestListener
     * @param checks      its singletons implementing HealthCheck (readiness checks of /health/ready)
     */
    record Plan(String root, ClassName name, List<ControllerModel> controllers, List<ClassName> listeners,
                List<ClassName> filters, List<CatchModel> rootCatchers, List<ClassName> checks) {

        /** With the root module's filters and the handlers it sees (they answer requests no route matched). */
        Plan withRoot(List<ClassName> filters, List<CatchModel> rootCatchers) {
            return new Plan(root, name, controllers, listeners, List.copyOf(filters), List.copyOf(rootCatchers), checks);
        }

        /** With the application's readiness checks. */
        Plan withChecks(List<ClassName> found) {
            return new Plan(root, name, controllers, listeners, filters, rootCatchers, List.copyOf(found));
        }

        /** The classpath resource holding the application's OpenAPI document. */
        String openApiResource() {
            return OpenApiWriter.resource(root);
        }
    }

    /** Reports every {@code @Controller} that no module lists. */
    void checkListed(Iterable<? extends Element> annotated, Set<String> listed) {
        for (Element controller : annotated) {
            if (controller instanceof TypeElement type && !listed.contains(type.getQualifiedName().toString())) {
                error.accept(Diagnostic.of(DiagnosticKind.UNLISTED_CONTROLLER, type,
                        "@Controller " + type.getSimpleName() + " is not listed in the controllers of any @Module, "
                        + "so none of its routes is served;",
                        "add it to @Module(controllers = " + type.getSimpleName()
                        + ".class) of a module of the application"));
            }
        }
    }

    /**
     * Reads and validates the HTTP side of one application; empty when something is wrong.
     *
     * @param injectable per controller, whether a type is a binding its module sees (then a
     *                   handler parameter of that type is injected)
     */
    Optional<Plan> plan(String root, ClassName name, List<TypeElement> controllers, List<ClassName> listeners,
                        Function<TypeElement, Predicate<TypeMirror>> injectable, Guards guards, Catchers catchers) {
        boolean ok = true;
        List<ControllerModel> models = new ArrayList<>();
        for (TypeElement controller : controllers) {
            Optional<ControllerModel> model = read.computeIfAbsent(controller.getQualifiedName().toString(),
                    n -> readChecked(controller, injectable.apply(controller)))
                    .map(guards::attach).flatMap(catchers::attach);
            ok &= model.isPresent() && guards.check(model.get());
            model.ifPresent(models::add);
            if (!samePackage(controller, name) && !controller.getModifiers().contains(Modifier.PUBLIC)) {
                error.accept(Diagnostic.of(DiagnosticKind.BAD_CONTROLLER, controller,
                        "@Controller " + controller.getSimpleName() + " must be public: the application's routes ("
                        + name.simpleName() + " in package " + name.packageName() + ") create its service from another "
                        + "package;", "make " + controller.getSimpleName() + " public."));
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        for (ControllerModel model : models) {
            for (RouteModel route : model.routes()) {
                ok &= hasCodecs(route);
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        boolean[] conflict = {false};
        RouteConflicts.check(models, diagnostic -> {
            conflict[0] = true;
            error.accept(diagnostic);
        });
        return conflict[0] ? Optional.empty() : Optional.of(new Plan(root, name, List.copyOf(models), List.copyOf(listeners), List.of(), List.of(),
                List.of()));
    }

    private Optional<ControllerModel> readChecked(TypeElement controller, Predicate<TypeMirror> injectable) {
        boolean[] failed = {false};
        ControllerModel model = new ControllerReader(diagnostic -> {
            failed[0] = true;
            error.accept(diagnostic);
        }, injectable).read(controller);
        return failed[0] ? Optional.empty() : Optional.of(model);
    }

    /** Whether the JSON extension can bind the route's body and result (it reports what it cannot). */
    private boolean hasCodecs(RouteModel route) {
        boolean ok = route.body().map(b -> json.codec(b.type(), b.element()).isPresent()).orElse(true);
        return ok & switch (route.result()) {
            case RouteModel.Result.Empty e -> true;
            case RouteModel.Result.Value v -> json.codec(v.type(), route.element()).isPresent();
            case RouteModel.Result.Maybe m -> json.codec(m.type(), route.element()).isPresent();
            case RouteModel.Result.Full f -> json.codec(f.type(), route.element()).isPresent();
        };
    }

    private static boolean samePackage(TypeElement controller, ClassName name) {
        return ClassName.get(controller).packageName().equals(name.packageName());
    }

    /** The Java files of a valid plan: one service per controller, then the application class. */
    List<JavaFile> files(Plan plan) {
        List<JavaFile> files = new ArrayList<>();
        ControllerWriter writer = new ControllerWriter(json);
        for (ControllerModel model : plan.controllers()) {
            files.add(writer.write(model));
        }
        files.add(new ApplicationWriter(json).write(plan.name(), plan.controllers(), plan.listeners(), plan.filters(),
                plan.rootCatchers(), plan.checks(), plan.openApiResource()));
        return files;
    }

    /** The OpenAPI document of a valid plan (call after {@link #files}, which asks for the codecs it describes). */
    String openApi(Plan plan) {
        String root = plan.root();
        return new OpenApiWriter(json).write(root.substring(root.lastIndexOf('.') + 1), plan.controllers());
    }
}

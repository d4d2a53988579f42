package dev.aerie.processor.http;

import dev.aerie.processor.graph.Visibility;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Which guards each route of one application runs, resolved at compile time: the modules' guards
 * (root first, then each module that imports the controller's module, nearest last), then the
 * controller's, then the method's; and whether each guard is a binding the attaching module sees.
 */
final class Guards {
    private final Map<String, ModuleModel> modules = new HashMap<>();
    private final Map<String, Integer> depth = new HashMap<>();
    private final Map<String, String> moduleOf;
    private final Map<Key, List<Binding>> bound;
    private final Function<TypeMirror, Key> keys;
    private final Visibility visibility;
    private final Elements elements;
    private final Consumer<Diagnostic> error;
    private final Set<String> reported = new HashSet<>();

    Guards(String root, List<ModuleModel> modules, Map<String, String> moduleOf, Map<Key, List<Binding>> bound,
           Function<TypeMirror, Key> keys, Elements elements, Consumer<Diagnostic> error) {
        modules.forEach(m -> this.modules.put(m.name(), m));
        this.moduleOf = moduleOf;
        this.bound = bound;
        this.keys = keys;
        this.visibility = new Visibility(modules);
        this.elements = elements;
        this.error = error;
        // shortest import distance from the root: the order of module guards, outermost first
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        depth.put(root, 0);
        while (!queue.isEmpty()) {
            String module = queue.removeFirst();
            ModuleModel m = this.modules.get(module);
            for (String imported : m == null ? List.<String>of() : m.imports()) {
                if (depth.putIfAbsent(imported, depth.get(module) + 1) == null) {
                    queue.addLast(imported);
                }
            }
        }
    }

    /** {@code controller} with its modules' guards before its own on every route. */
    ControllerModel attach(ControllerModel controller) {
        String module = moduleOf.get(controller.type().canonicalName());
        List<GuardModel> guards = moduleGuards(module, GuardModel.GUARDED);
        List<GuardModel> interceptors = moduleGuards(module, GuardModel.INTERCEPTED);
        return new ControllerModel(controller.element(), controller.type(), controller.basePath(),
                controller.routes().stream().map(r -> r.withOuter(guards, interceptors)).toList(), controller.catchers());
    }

    /** The guards of the modules that import {@code module} (directly or not) and of {@code module} itself, outermost first. */
    private List<GuardModel> moduleGuards(String module, String annotation) {
        List<String> around = new ArrayList<>();
        for (String candidate : depth.keySet()) {
            if (candidate.equals(module) || reaches(candidate, module, new HashSet<>())) {
                around.add(candidate);
            }
        }
        // outermost first: by import distance from the root, the controller's own module last
        around.sort(Comparator.comparing((String m) -> m.equals(module)).thenComparing(m -> depth.get(m))
                .thenComparing(m -> m));
        List<GuardModel> guards = new ArrayList<>();
        for (String m : around) {
            TypeElement element = elements.getTypeElement(m);
            if (element != null) {
                guards.addAll(GuardModel.on(element, Optional.of(m), annotation));
            }
        }
        return guards;
    }

    private boolean reaches(String from, String to, Set<String> visited) {
        ModuleModel m = modules.get(from);
        if (m == null || !visited.add(from)) {
            return false;
        }
        return m.imports().contains(to) || m.imports().stream().anyMatch(i -> reaches(i, to, visited));
    }

    /** Whether every guard of {@code controller}'s routes is bound and visible where it is attached; reports each that is not. */
    boolean check(ControllerModel controller) {
        boolean ok = true;
        String controllerModule = moduleOf.get(controller.type().canonicalName());
        for (RouteModel route : controller.routes()) {
            for (GuardModel guard : route.guards()) {
                ok &= check("Guard", "a guard", guard, guard.module().orElse(controllerModule));
            }
            for (GuardModel interceptor : route.interceptors()) {
                ok &= check("Interceptor", "an interceptor", interceptor, interceptor.module().orElse(controllerModule));
            }
        }
        return ok;
    }

    private boolean check(String kind, String aKind, GuardModel guard, String module) {
        List<Binding> bindings = bound.getOrDefault(keys.apply(guard.type()), List.of());
        if (bindings.stream().anyMatch(b -> visibility.sees(module, b))) {
            return true;
        }
        if (reported.add(guard.typeName() + "@" + where(guard))) {
            String simple = guard.simpleName();
            if (bindings.isEmpty()) {
                error.accept(Diagnostic.of(DiagnosticKind.MISSING_BINDING, guard.at(),
                        kind + " " + simple + " attached to " + where(guard) + " is not bound in the application;",
                        "list " + simple + " in the providers of a module (" + aKind + " is an ordinary injectable)"));
            } else {
                error.accept(Diagnostic.of(DiagnosticKind.NOT_EXPORTED, guard.at(),
                        kind + " " + simple + " attached to " + where(guard) + " is not visible to " + simpleName(module) + ":",
                        visibility.fix(module, bindings.get(0))));
            }
        }
        return false;
    }

    private static String where(GuardModel guard) {
        if (guard.module().isPresent()) {
            return "module " + guard.at().getSimpleName();
        }
        if (guard.at().getKind() == ElementKind.METHOD) {
            return guard.at().getEnclosingElement().getSimpleName() + "." + guard.at().getSimpleName();
        }
        return "controller " + guard.at().getSimpleName();
    }

    private static String simpleName(String module) {
        return module.substring(module.lastIndexOf('.') + 1);
    }
}

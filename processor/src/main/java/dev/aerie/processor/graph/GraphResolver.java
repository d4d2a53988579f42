package dev.aerie.processor.graph;

import dev.aerie.api.Scope;
import dev.aerie.processor.model.ApplicationModel;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ResolvedApplication;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Validates one application graph and resolves every dependency to a binding: duplicate keys,
 * missing and invisible bindings, dependency cycles, singletons holding request-scoped
 * instances. Reports every problem it finds, not just the first.
 */
public final class GraphResolver {
    private final ApplicationModel app;
    private final Visibility visibility;
    private final Hints hints;
    private final List<Diagnostic> problems = new ArrayList<>();
    /** Every binding of the application by key; the first one when a key is bound twice. */
    private final Map<Key, Binding> byKey = new TreeMap<>(Comparator.comparing(Key::display));
    private final Map<Key, List<Key>> resolved = new LinkedHashMap<>();

    private GraphResolver(ApplicationModel app, Hints hints) {
        this.app = app;
        this.hints = hints;
        this.visibility = new Visibility(app.modules());
    }

    /** The result of resolving: the application when it is valid, and every problem found. */
    public record Resolution(Optional<ResolvedApplication> application, List<Diagnostic> problems) {}

    /**
     * What the compilation knows beyond one application, so that a missing binding can name the
     * near miss: a module of the compilation the root does not import, or a bound class that
     * implements a wanted interface.
     *
     * @param compilation every module read in the compilation
     * @param assignable  whether the first canonical type can be injected where the second is wanted
     */
    public record Hints(List<ModuleModel> compilation, BiPredicate<String, String> assignable) {
        public static final Hints NONE = new Hints(List.of(), (a, b) -> false);

        public Hints {
            compilation = List.copyOf(compilation);
        }
    }

    public static Resolution resolve(ApplicationModel app) {
        return resolve(app, Hints.NONE);
    }

    public static Resolution resolve(ApplicationModel app, Hints hints) {
        return new GraphResolver(app, hints).run();
    }

    private Resolution run() {
        List<Binding> all = new ArrayList<>();
        // imported modules first, so that a duplicate is reported where it is listed last: the importer
        app.modules().reversed().forEach(m -> all.addAll(m.bindings()));
        all.addAll(app.extraBindings());
        for (Binding binding : all) {
            Binding first = byKey.putIfAbsent(binding.key(), binding);
            if (first != null) {
                problems.add(Diagnostic.of(DiagnosticKind.DUPLICATE_BINDING, binding.at(), "duplicate binding for "
                        + binding.key().display() + ": " + describe(first) + " and " + describe(binding)
                        + " both bind it in application " + simple(app.root()) + ".",
                        "Keep one of them (export it from its module and import that module where it is needed),"
                        + " or give one a qualifier such as @Named."));
            }
        }
        for (Binding binding : byKey.values()) {
            resolveDependencies(binding);
        }
        findCycles();
        checkScopes();
        if (!problems.isEmpty()) {
            return new Resolution(Optional.empty(), List.copyOf(problems));
        }
        List<Binding> bindings = List.copyOf(byKey.values());
        List<Key> rootVisible = bindings.stream()
                .filter(b -> visibility.sees(app.root(), b))
                .map(Binding::key)
                .toList();
        return new Resolution(Optional.of(new ResolvedApplication(app.root(), app.container(), app.modules(),
                bindings, resolved, startOrder(), rootVisible, reentrant())), List.of());
    }

    private void resolveDependencies(Binding binding) {
        List<Key> keys = new ArrayList<>();
        for (Dependency dependency : binding.dependencies()) {
            Binding target = byKey.get(dependency.key());
            if (target == null && unusable(dependency)) {
                // already reported where the class is listed
            } else if (target == null) {
                problems.add(missing(binding, dependency));
            } else if (binding.module().isPresent() && !visibility.sees(binding.module().get(), target)) {
                problems.add(invisible(binding, dependency, target));
            }
            keys.add(dependency.key());
        }
        resolved.put(binding.key(), List.copyOf(keys));
    }

    private boolean unusable(Dependency dependency) {
        Key key = dependency.key();
        return app.modules().stream().anyMatch(m -> m.unusable().contains(key.display())
                || key.qualifier().isEmpty() && m.unusable().contains(key.rawType()));
    }

    private Diagnostic missing(Binding binding, Dependency dependency) {
        Key key = dependency.key();
        String what = dependency.abstractType()
                ? key.display() + " is an interface or abstract class with no binding"
                : "missing binding for " + key.display();
        String owner = ownerName(binding);
        String fix = dependency.abstractType()
                ? "bind it with a @Provides method (returning an implementation) in " + owner
                        + " or in a module it imports that exports it"
                : "list " + key.simpleType() + " in the providers of " + owner
                        + " (or of a module it imports, and export it there), or write a @Provides method for it";
        String near = "";
        Optional<Binding> unimported = unimported(key);
        List<Binding> sameType = byKey.values().stream().filter(b -> b.key().type().equals(key.type())).toList();
        List<Binding> sameRaw = byKey.values().stream()
                .filter(b -> !b.key().type().equals(key.type()) && b.key().rawType().equals(key.rawType())).toList();
        List<Binding> implementations = dependency.abstractType()
                ? byKey.values().stream().filter(b -> hints.assignable().test(b.key().type(), key.type())).toList()
                : List.of();
        if (unimported.isPresent()) {
            String module = simple(unimported.get().module().orElseThrow());
            near = "    module " + module + " provides " + key.display() + ", but application " + simple(app.root())
                    + " does not import " + module + "\n";
            fix = "import " + module + " in " + owner + " (@Module(imports = " + module + ".class))"
                    + (exported(unimported.get()) ? "" : " and add " + key.simpleType() + " to " + module + "'s exports");
        } else if (!sameType.isEmpty()) {
            Binding other = sameType.get(0);
            near = "    " + key.type() + " is bound with " + other.key().qualifier().map(q -> "another qualifier, " + q)
                    .orElse("no qualifier") + " (" + describe(other) + ")\n";
            fix = other.key().qualifier().map(q -> "inject it as " + q + " " + key.simpleType()).orElse(
                    "remove the qualifier at " + dependency.site()) + ", or bind " + key.display()
                    + " too (a @Provides method with that qualifier)";
        } else if (!sameRaw.isEmpty() && !key.type().contains("<")) {
            Binding other = sameRaw.get(0);
            what = "missing binding for raw type " + key.display();
            near = "    " + key.type() + " is injected as a raw type; " + other.key().display() + " is bound ("
                    + describe(other) + ")\n";
            fix = "name the type arguments at " + dependency.site() + ", e.g. " + simpleGeneric(other.key().type());
        } else if (!sameRaw.isEmpty()) {
            Binding other = sameRaw.get(0);
            near = "    " + key.rawType() + " is bound with other type arguments: " + other.key().display() + " ("
                    + describe(other) + ")\n";
            fix = "inject " + simpleGeneric(other.key().type()) + ", or bind " + simpleGeneric(key.type())
                    + " with a @Provides method";
        } else if (!implementations.isEmpty()) {
            Binding impl = implementations.get(0);
            String implName = impl.key().simpleType();
            near = "    " + implName + " implements " + key.simpleType() + " and is " + describe(impl) + "\n";
            fix = "bind the interface to it with a @Provides method in " + owner + ": @Provides " + key.simpleType() + " "
                    + decapitalize(key.simpleType()) + "(" + implName + " impl) { return impl; }, or inject "
                    + implName + " instead";
        }
        return Diagnostic.of(DiagnosticKind.MISSING_BINDING, List.of(dependency.at(), binding.at()),
                what + " in application " + simple(app.root()) + "\n" + chain(binding, dependency) + near,
                "Fix: " + fix + ".");
    }

    /** A binding of {@code key} in a module of the compilation outside this application. */
    private Optional<Binding> unimported(Key key) {
        Set<String> inApp = new HashSet<>();
        app.modules().forEach(m -> inApp.add(m.name()));
        return hints.compilation().stream()
                .filter(m -> !inApp.contains(m.name()))
                .flatMap(m -> m.bindings().stream())
                .filter(b -> b.key().equals(key))
                .findFirst();
    }

    private boolean exported(Binding binding) {
        return hints.compilation().stream()
                .filter(m -> binding.module().equals(Optional.of(m.name())))
                .anyMatch(m -> Visibility.exportsOwn(m, binding));
    }

    /** {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    private static String simpleGeneric(String type) {
        return type.replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private Diagnostic invisible(Binding binding, Dependency dependency, Binding target) {
        String module = binding.module().orElseThrow();
        return Diagnostic.of(DiagnosticKind.NOT_EXPORTED, List.of(dependency.at(), binding.at()),
                dependency.key().display() + " is provided by module " + simple(target.module().orElseThrow())
                + " but module " + simple(module) + " cannot see it\n"
                + chain(binding, dependency),
                "Fix: " + visibility.fix(module, target) + ".");
    }

    /** "X is injected at Y.<init>(x)" then "Y is provided by module M". */
    private String chain(Binding binding, Dependency dependency) {
        return "    " + dependency.key().display() + " is injected at " + dependency.site() + "\n"
                + "    " + binding.key().display() + " is " + describe(binding) + "\n";
    }

    private static String describe(Binding binding) {
        String in = binding.module().map(m -> " in module " + simple(m)).orElse("");
        return switch (binding.kind()) {
            case PROVIDER -> "provided by " + binding.declaredBy() + in;
            case CONTROLLER -> "the controller " + binding.declaredBy() + in;
            case PROVIDES -> "provided by @Provides " + binding.declaredBy() + in;
            case EXTENSION -> "generated by " + binding.declaredBy() + in;
        };
    }

    private String ownerName(Binding binding) {
        return binding.module().map(GraphResolver::simple).orElse(simple(app.root()));
    }

    static String simple(String qualifiedName) {
        return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    }

    private void findCycles() {
        Map<String, List<String>> edges = new TreeMap<>();
        for (Binding binding : byKey.values()) {
            edges.put(binding.key().display(), binding.dependencies().stream()
                    .filter(d -> !d.provider() && byKey.containsKey(d.key()))
                    .map(d -> d.key().display())
                    .distinct()
                    .sorted()
                    .toList());
        }
        Map<String, Binding> byDisplay = new TreeMap<>();
        byKey.values().forEach(b -> byDisplay.put(b.key().display(), b));
        for (List<String> cycle : Cycles.find(edges)) {
            StringBuilder message = new StringBuilder("dependency cycle: ");
            message.append(String.join(" -> ", cycle)).append(" -> ").append(cycle.get(0)).append('\n');
            Dependency firstEdge = null;
            for (int i = 0; i < cycle.size(); i++) {
                Binding from = byDisplay.get(cycle.get(i));
                String to = cycle.get((i + 1) % cycle.size());
                Dependency edge = from.dependencies().stream()
                        .filter(d -> !d.provider() && d.key().display().equals(to))
                        .findFirst().orElseThrow();
                firstEdge = firstEdge == null ? edge : firstEdge;
                message.append("    ").append(to).append(" is injected at ").append(edge.site()).append('\n');
            }
            problems.add(Diagnostic.of(DiagnosticKind.DEPENDENCY_CYCLE,
                    List.of(firstEdge.at(), byDisplay.get(cycle.get(0)).at()), message.toString(),
                    "Fix: break the cycle by injecting Provider<T> instead of T at one of these points"
                    + " (jakarta.inject.Provider; call get() when the instance is needed)."));
        }
    }

    /**
     * The bindings on a cycle once {@code Provider} edges count too: direct cycles are errors, so
     * each of these cycles goes through a Provider, and a {@code get()} during construction can
     * come back to a binding still being created. Nothing else can, so nothing else is checked.
     */
    private Set<Key> reentrant() {
        Map<String, List<String>> edges = new TreeMap<>();
        Map<String, Key> keys = new HashMap<>();
        for (Binding binding : byKey.values()) {
            keys.put(binding.key().display(), binding.key());
            edges.put(binding.key().display(), binding.dependencies().stream()
                    .map(d -> d.key().display())
                    .distinct()
                    .sorted()
                    .toList());
        }
        Set<Key> reentrant = new HashSet<>();
        Cycles.nodesOnCycles(edges).forEach(n -> reentrant.add(keys.get(n)));
        return reentrant;
    }

    /** A singleton must not keep a request-scoped instance, directly or through transient bindings. */
    private void checkScopes() {
        for (Binding binding : byKey.values()) {
            if (binding.scope() != Scope.SINGLETON) {
                continue;
            }
            for (Dependency dependency : binding.dependencies()) {
                if (dependency.provider()) {
                    continue;
                }
                List<Binding> path = new ArrayList<>();
                if (reachesRequestScope(byKey.get(dependency.key()), path, new HashSet<>())) {
                    Binding request = path.get(path.size() - 1);
                    String through = path.size() == 1 ? ""
                            : " (through transient " + String.join(", ", path.subList(0, path.size() - 1).stream()
                                    .map(b -> b.key().display()).toList()) + ")";
                    problems.add(Diagnostic.of(DiagnosticKind.SCOPE_LEAK, List.of(dependency.at(), binding.at()),
                            "singleton " + binding.key().display()
                            + " depends on request-scoped " + request.key().display() + through
                            + ": it would keep the first request's instance forever\n"
                            + "    " + dependency.key().display() + " is injected at " + dependency.site() + "\n",
                            "Fix: inject Provider<" + dependency.key().simpleType() + "> and call get() during"
                            + " each request, or make " + binding.key().simpleType() + " request-scoped."));
                }
            }
        }
    }

    private boolean reachesRequestScope(Binding binding, List<Binding> path, Set<Key> visited) {
        if (binding == null || !visited.add(binding.key())) {
            return false;
        }
        path.add(binding);
        if (binding.scope() == Scope.REQUEST) {
            return true;
        }
        if (binding.scope() == Scope.TRANSIENT) {
            for (Dependency d : binding.dependencies()) {
                if (!d.provider() && reachesRequestScope(byKey.get(d.key()), path, visited)) {
                    return true;
                }
            }
        }
        path.remove(path.size() - 1);
        return false;
    }

    /**
     * Singletons with hooks, each after everything it depends on (provider dependencies included,
     * where they do not form a cycle), ties broken by key.
     */
    private List<Binding> startOrder() {
        List<Binding> order = new ArrayList<>();
        Set<Key> done = new HashSet<>();
        Set<Key> visiting = new HashSet<>();
        for (Binding binding : byKey.values()) {
            visit(binding, order, done, visiting);
        }
        return order.stream()
                .filter(b -> b.scope() == Scope.SINGLETON && (b.onStart().isPresent() || b.onStop().isPresent()))
                .toList();
    }

    private void visit(Binding binding, List<Binding> order, Set<Key> done, Set<Key> visiting) {
        if (binding == null || done.contains(binding.key()) || !visiting.add(binding.key())) {
            return;
        }
        for (Dependency d : binding.dependencies()) {
            visit(byKey.get(d.key()), order, done, visiting);
        }
        visiting.remove(binding.key());
        done.add(binding.key());
        order.add(binding);
    }
}

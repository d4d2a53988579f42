package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A valid application graph: what the container writer and extensions generate code from.
 *
 * @param root the root module's name
 * @param container the generated container class
 * @param modules the root first, then imported modules
 * @param bindings every binding, sorted by key
 * @param resolved for each binding (by key), the keys its dependencies resolved to, in order
 * @param startOrder the singletons with lifecycle hooks, dependencies first
 * @param rootVisible the keys the root module sees: what {@code Container.get} answers
 * @param reentrant the bindings whose creation can lead back to themselves through a
 *     {@code Provider.get()} (they lie on a cycle that goes through a {@code Provider}): only
 *     their creation needs the run-time check that turns such a loop into a clear error
 */
public record ResolvedApplication(
        String root,
        ClassName container,
        List<ModuleModel> modules,
        List<Binding> bindings,
        Map<Key, List<Key>> resolved,
        List<Binding> startOrder,
        List<Key> rootVisible,
        Set<Key> reentrant) {

    public ResolvedApplication {
        modules = List.copyOf(modules);
        bindings = List.copyOf(bindings);
        resolved = Map.copyOf(resolved);
        startOrder = List.copyOf(startOrder);
        rootVisible = List.copyOf(rootVisible);
        reentrant = Set.copyOf(reentrant);
    }

    /** The controller bindings of every module of the application, sorted by key. */
    public List<Binding> controllers() {
        return bindings.stream().filter(b -> b.kind() == BindingKind.CONTROLLER).toList();
    }
}

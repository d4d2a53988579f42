package dev.aerie.processor.graph;

import static dev.aerie.processor.graph.ContainerPlan.MAX_NESTING;
import static dev.aerie.processor.graph.ContainerPlan.MAX_SHARED_PER_METHOD;

import dev.aerie.api.Scope;
import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.Dependency;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ResolvedApplication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Works out the {@link ContainerPlan} of one valid application. */
final class ContainerPlanner {
    private final ResolvedApplication app;
    private final Map<Key, Binding> byKey = new HashMap<>();
    private final Set<Key> entryPoints = new HashSet<>();
    private final Set<Key> inlined = new HashSet<>();
    private final Set<Key> owners = new HashSet<>();

    ContainerPlanner(ResolvedApplication app) {
        this.app = app;
        app.bindings().forEach(b -> byKey.put(b.key(), b));
    }

    ContainerPlan plan() {
        entryPoints.addAll(entryPoints());
        inlined.addAll(inlined());
        chooseOwners();
        Map<Key, List<Key>> sharedCreations = new LinkedHashMap<>();
        List<Key> checked = new ArrayList<>();
        for (Binding b : app.bindings()) {
            if (owners.contains(b.key())) {
                Set<Key> created = new LinkedHashSet<>();
                createShared(b, created);
                sharedCreations.put(b.key(), List.copyOf(created));
                if (app.reentrant().contains(b.key())) {
                    checked.add(b.key());
                }
            }
        }
        return new ContainerPlan(inBindingOrder(entryPoints), inBindingOrder(inlined), inBindingOrder(owners),
                sharedCreations, checked);
    }

    private Set<Key> inBindingOrder(Set<Key> keys) {
        Set<Key> ordered = new LinkedHashSet<>();
        app.bindings().stream().map(Binding::key).filter(keys::contains).forEach(ordered::add);
        return ordered;
    }

    /**
     * The singletons reached other than by another singleton's creation: through {@code get}, a
     * {@code Provider}, a lifecycle hook, or a request-scoped or transient binding.
     */
    private Set<Key> entryPoints() {
        Set<Key> keys = new HashSet<>();
        app.rootVisible().stream().filter(k -> k.runtimeName().isPresent()).forEach(keys::add);
        app.startOrder().forEach(b -> keys.add(b.key()));
        for (Binding b : app.bindings()) {
            for (Dependency d : b.dependencies()) {
                if (d.provider() || b.scope() != Scope.SINGLETON) {
                    keys.add(d.key());
                }
            }
        }
        keys.removeIf(k -> byKey.get(k).scope() != Scope.SINGLETON);
        return keys;
    }

    /**
     * Singletons that only one other singleton injects, and nothing else reaches, nested at most
     * {@link ContainerPlan#MAX_NESTING} levels so that the expressions stay readable; a deeper one
     * starts a new chain.
     */
    private Set<Key> inlined() {
        Map<Key, Integer> uses = new HashMap<>();
        Map<Key, Binding> usedBy = new HashMap<>();
        for (Binding b : app.bindings()) {
            for (Dependency d : b.dependencies()) {
                uses.merge(d.key(), 1, Integer::sum);
                usedBy.put(d.key(), b);
            }
        }
        Set<Key> candidates = new HashSet<>();
        for (Binding b : app.bindings()) {
            Binding parent = usedBy.get(b.key());
            if (b.scope() == Scope.SINGLETON && !entryPoints.contains(b.key()) && uses.getOrDefault(b.key(), 0) == 1
                    && parent.scope() == Scope.SINGLETON) {
                candidates.add(b.key());
            }
        }
        Set<Key> result = new HashSet<>();
        for (Binding b : app.bindings()) {
            if (!candidates.contains(b.key())) {
                nest(b, 0, candidates, result);
            }
        }
        return result;
    }

    private void nest(Binding parent, int depth, Set<Key> candidates, Set<Key> result) {
        for (Dependency d : parent.dependencies()) {
            if (candidates.contains(d.key())) {
                if (depth < MAX_NESTING) {
                    result.add(d.key());
                    nest(byKey.get(d.key()), depth + 1, candidates, result);
                } else {
                    nest(byKey.get(d.key()), 0, candidates, result); // a chain of its own from here
                }
            }
        }
    }

    /**
     * The entry points, and enough others that no {@code *Locked} method creates more than
     * {@link ContainerPlan#MAX_SHARED_PER_METHOD} shared singletons. Dependencies first, a shared
     * singleton that would itself create half that many gets a method; then an owner still over
     * the limit (one with many such dependencies) hands its largest shared dependency a method,
     * until none is over.
     */
    private void chooseOwners() {
        owners.addAll(entryPoints);
        Map<Key, Set<Key>> created = new HashMap<>();
        for (Binding b : dependenciesFirst()) {
            Set<Key> region = sharedCreatedBy(b, created);
            if (shared(b.key()) && region.size() >= MAX_SHARED_PER_METHOD / 2) {
                owners.add(b.key());
            }
            created.put(b.key(), region);
        }
        for (Binding b : app.bindings()) {
            if (!owners.contains(b.key())) {
                continue;
            }
            for (Set<Key> region = sharedCreatedBy(b, created); region.size() > MAX_SHARED_PER_METHOD;
                    region = sharedCreatedBy(b, created)) {
                Key largest = region.stream()
                        .max(Comparator.<Key>comparingInt(k -> created.get(k).size()).thenComparing(Key::display))
                        .orElseThrow();
                owners.add(largest);
            }
        }
    }

    /**
     * The shared singletons the creation of {@code binding} creates itself, given what each of its
     * dependencies' creation does ({@code created}, filled dependencies first).
     */
    private Set<Key> sharedCreatedBy(Binding binding, Map<Key, Set<Key>> created) {
        Set<Key> region = new HashSet<>();
        for (Dependency d : binding.dependencies()) {
            if (!d.provider() && (inlined.contains(d.key()) || shared(d.key()))) {
                if (shared(d.key())) {
                    region.add(d.key());
                }
                region.addAll(created.get(d.key()));
            }
        }
        return region;
    }

    /**
     * Adds, dependencies first, every shared singleton {@code binding}'s creation needs (directly
     * or through singletons created inside it) that {@code created} does not hold yet.
     */
    private void createShared(Binding binding, Set<Key> created) {
        for (Dependency d : binding.dependencies()) {
            if (d.provider() || created.contains(d.key())) {
                continue;
            }
            if (inlined.contains(d.key())) {
                createShared(byKey.get(d.key()), created);
            } else if (shared(d.key())) {
                createShared(byKey.get(d.key()), created);
                created.add(d.key());
            }
        }
    }

    /** Every binding after the ones it injects directly (the direct graph has no cycles). */
    private List<Binding> dependenciesFirst() {
        List<Binding> order = new ArrayList<>();
        Set<Key> done = new HashSet<>();
        for (Binding b : app.bindings()) {
            visit(b, order, done);
        }
        return order;
    }

    private void visit(Binding binding, List<Binding> order, Set<Key> done) {
        if (!done.add(binding.key())) {
            return;
        }
        for (Dependency d : binding.dependencies()) {
            if (!d.provider()) {
                visit(byKey.get(d.key()), order, done);
            }
        }
        order.add(binding);
    }

    /** A singleton with a field but no method: created by the {@code *Locked} methods that need it. */
    private boolean shared(Key key) {
        Binding binding = byKey.get(key);
        return binding.scope() == Scope.SINGLETON && !inlined.contains(key) && !owners.contains(key);
    }
}

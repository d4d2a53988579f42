package dev.aerie.processor.graph;

import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ResolvedApplication;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the container of a valid application creates its singletons: which ones the rest of the
 * application reaches, which are created inside another's creation, which get a method that
 * creates them with the lock held, and what each such method creates first. The container writer
 * only renders it; every key here is a singleton of the application.
 *
 * <p>Every set iterates in the order of {@link ResolvedApplication#bindings()}.
 *
 * @param entryPoints the singletons reached other than by another singleton's creation (which
 *     holds the lock): through {@code get}, a {@code Provider}, a lifecycle hook, or a
 *     request-scoped or transient binding. Each gets an accessor that takes the lock.
 * @param inlined the singletons that only one other singleton injects and nothing else reaches:
 *     created inside that singleton's creation, {@code new Parent(new Child(...))}, with no field,
 *     method or lock of their own; at most {@link #MAX_NESTING} levels deep
 * @param owners the singletons with a {@code *Locked} method, which creates them with the lock
 *     held: the entry points, and enough others that no such method creates more than
 *     {@link #MAX_SHARED_PER_METHOD} shared singletons
 * @param sharedCreations for each owner, the shared singletons (neither inlined nor owners: a
 *     field but no method) its {@code *Locked} method creates before it, dependencies first, each
 *     into its field when that is still empty
 * @param checked the owners whose creation can lead back to themselves
 *     ({@link ResolvedApplication#reentrant()}), in binding order: the position of one is the
 *     number by which the run-time check marks it as under construction
 */
public record ContainerPlan(
        Set<Key> entryPoints,
        Set<Key> inlined,
        Set<Key> owners,
        Map<Key, List<Key>> sharedCreations,
        List<Key> checked) {

    /** How deep singletons are created inside one another's creation: deeper, a new chain starts. */
    public static final int MAX_NESTING = 8;

    /**
     * How many shared singletons one {@code *Locked} method creates at most: well under the 64 KB
     * of bytecode a method may have.
     */
    public static final int MAX_SHARED_PER_METHOD = 500;

    public ContainerPlan {
        entryPoints = Collections.unmodifiableSet(new LinkedHashSet<>(entryPoints));
        inlined = Collections.unmodifiableSet(new LinkedHashSet<>(inlined));
        owners = Collections.unmodifiableSet(new LinkedHashSet<>(owners));
        Map<Key, List<Key>> copy = new LinkedHashMap<>();
        sharedCreations.forEach((owner, created) -> copy.put(owner, List.copyOf(created)));
        sharedCreations = Collections.unmodifiableMap(copy);
        checked = List.copyOf(checked);
    }

    /** The plan of {@code app}'s container. */
    public static ContainerPlan of(ResolvedApplication app) {
        return new ContainerPlanner(app).plan();
    }

    /** The shared singletons {@code owner}'s {@code *Locked} method creates first; empty for one that is no owner. */
    public List<Key> sharedCreatedBy(Key owner) {
        return sharedCreations.getOrDefault(owner, List.of());
    }

    /** The number of the run-time check of an owner in {@link #checked()}, or -1. */
    public int checkIndex(Key owner) {
        return checked.indexOf(owner);
    }
}

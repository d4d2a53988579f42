package dev.aerie.processor.orm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Orders entities so each table comes after the tables its foreign keys reference. */
final class SchemaOrder {
    private SchemaOrder() {}

    /** Entities in creation order: referenced first, ties by table name. A self-reference is no dependency. */
    static List<EntityModel> creationOrder(List<EntityModel> entities) {
        Map<String, EntityModel> byName = new TreeMap<>();
        entities.forEach(e -> byName.put(e.qualifiedName(), e));
        Map<String, Set<String>> waitingFor = dependencies(byName);
        TreeSet<EntityModel> ready = new TreeSet<>(Comparator.comparing(EntityModel::table).thenComparing(EntityModel::qualifiedName));
        byName.values().stream().filter(e -> waitingFor.get(e.qualifiedName()).isEmpty()).forEach(ready::add);
        List<EntityModel> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            EntityModel next = ready.pollFirst();
            order.add(next);
            for (EntityModel other : byName.values()) {
                Set<String> deps = waitingFor.get(other.qualifiedName());
                if (deps.remove(next.qualifiedName()) && deps.isEmpty()) {
                    ready.add(other);
                }
            }
        }
        if (order.size() != byName.size()) {
            throw new IllegalStateException("foreign key cycle among " + byName.keySet());
        }
        return order;
    }

    /** A foreign-key cycle as qualified names, first name repeated at the end; empty when there is none. */
    static Optional<List<String>> cycle(List<EntityModel> entities) {
        Map<String, EntityModel> byName = new TreeMap<>();
        entities.forEach(e -> byName.put(e.qualifiedName(), e));
        Map<String, Set<String>> deps = dependencies(byName);
        Map<String, Integer> state = new HashMap<>(); // 1 visiting, 2 done
        for (String start : byName.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> found = visit(start, deps, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> deps,
                                                Map<String, Integer> state, List<String> path) {
        Integer s = state.get(node);
        if (s != null && s == 2) {
            return Optional.empty();
        }
        if (s != null && s == 1) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String next : deps.getOrDefault(node, Set.of())) {
            Optional<List<String>> found = visit(next, deps, state, path);
            if (found.isPresent()) {
                return found;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return Optional.empty();
    }

    private static Map<String, Set<String>> dependencies(Map<String, EntityModel> byName) {
        Map<String, Set<String>> deps = new HashMap<>();
        for (EntityModel entity : byName.values()) {
            Set<String> targets = new TreeSet<>();
            entity.fields().stream()
                    .filter(FieldModel::persistent)
                    .flatMap(f -> f.references().stream())
                    .filter(byName::containsKey)
                    .filter(t -> !t.equals(entity.qualifiedName()))
                    .forEach(targets::add);
            deps.put(entity.qualifiedName(), targets);
        }
        return deps;
    }
}

package dev.aerie.processor.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Cycles of a directed graph on strings, one per strongly connected component (Tarjan), each
 * given as a concrete path that starts at the component's smallest node. Deterministic: the
 * same edges give the same cycles in the same order.
 */
final class Cycles {
    private final Map<String, List<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
    private final List<Set<String>> components = new ArrayList<>();

    private Cycles(Map<String, List<String>> edges) {
        this.edges = edges;
    }

    /** Every cycle; {@code edges} should be sorted for deterministic output. */
    static List<List<String>> find(Map<String, List<String>> edges) {
        Cycles cycles = new Cycles(edges);
        List<List<String>> found = new ArrayList<>();
        for (Set<String> component : cycles.cyclicComponents()) {
            found.add(cycles.path(component.iterator().next(), component));
        }
        found.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return found;
    }

    /** The nodes that lie on some cycle. */
    static Set<String> nodesOnCycles(Map<String, List<String>> edges) {
        Set<String> nodes = new TreeSet<>();
        new Cycles(edges).cyclicComponents().forEach(nodes::addAll);
        return nodes;
    }

    /** The strongly connected components with a cycle: two or more nodes, or one with an edge to itself. */
    private List<Set<String>> cyclicComponents() {
        for (String node : new TreeSet<>(edges.keySet())) {
            if (!index.containsKey(node)) {
                connect(node);
            }
        }
        List<Set<String>> cyclic = new ArrayList<>();
        for (Set<String> component : components) {
            String first = component.iterator().next();
            if (component.size() > 1 || edges.getOrDefault(first, List.of()).contains(first)) {
                cyclic.add(component);
            }
        }
        return cyclic;
    }

    private void connect(String node) {
        // recursive Tarjan: application graphs are small enough for the stack
        index.put(node, index.size());
        low.put(node, index.get(node));
        stack.push(node);
        onStack.add(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.add(member);
            } while (!member.equals(node));
            components.add(component);
        }
    }

    /** A path start -> ... -> (back to start) inside the component, found breadth-first (shortest). */
    private List<String> path(String start, Set<String> component) {
        Map<String, String> parent = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            String node = queue.poll();
            for (String next : edges.getOrDefault(node, List.of())) {
                if (!component.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>();
                    for (String at = node; at != null; at = parent.get(at)) {
                        path.add(0, at);
                    }
                    return path;
                }
                if (!parent.containsKey(next)) {
                    parent.put(next, node);
                    queue.add(next);
                }
            }
        }
        throw new IllegalStateException("no cycle through " + start);
    }
}

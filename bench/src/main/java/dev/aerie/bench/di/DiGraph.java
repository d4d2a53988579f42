package dev.aerie.bench.di;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's application graph as plain data: {@code modules} feature modules of 20 bindings
 * each, plus a root module with one {@code App} service. Built from a fixed seed, so the same
 * arguments always give the same graph.
 *
 * <p>Per module: 14 {@code @Injectable} classes (one of them the module's {@code Facade}), two
 * interfaces bound by {@code @Provides} methods to {@code @Injectable} implementations, and two
 * "third-party" classes without annotations made by {@code @Provides} methods. Dependencies are
 * chains and fan-in inside the module plus uses of what imported modules export ({@code Facade}
 * and {@code Store1}). Modules only import modules with a lower number, so the module graph is a
 * DAG; the root imports every module nobody else imports.
 */
record DiGraph(List<GraphModule> modules, List<Ref> appDeps) {

    static final int BINDINGS_PER_MODULE = 20;

    /** What a binding is, which decides how it is declared and how the hand-written chain makes it. */
    enum Kind { CLASS, FACADE, IMPL, INTERFACE, THIRD_PARTY }

    /** A binding key: the type {@code name} in module {@code module} (1-based). */
    record Ref(int module, String name) {}

    record Binding(Ref ref, Kind kind, List<Ref> deps) {
        /** For an INTERFACE the implementation it is bound to; for an IMPL the interface it implements. */
        String partner() {
            return switch (kind) {
                case INTERFACE -> ref.name() + "Impl";
                case IMPL -> ref.name().substring(0, ref.name().length() - "Impl".length());
                default -> throw new IllegalStateException(ref + " has no partner");
            };
        }
    }

    record GraphModule(int index, List<Integer> imports, List<Binding> bindings) {
        List<Ref> exports() {
            return List.of(new Ref(index, "Facade"), new Ref(index, "Store1"));
        }
    }

    static DiGraph generate(int moduleCount, long seed) {
        Random random = new Random(seed);
        List<GraphModule> modules = new ArrayList<>();
        Set<Integer> imported = new HashSet<>();
        for (int m = 1; m <= moduleCount; m++) {
            List<Integer> imports = chooseImports(m, random);
            imported.addAll(imports);
            modules.add(new GraphModule(m, imports, bindings(m, imports, random)));
        }
        List<Ref> appDeps = new ArrayList<>();
        for (int m = moduleCount; m >= 1; m--) {
            if (!imported.contains(m)) {
                appDeps.add(new Ref(m, "Facade"));
            }
        }
        return new DiGraph(List.copyOf(modules), List.copyOf(appDeps));
    }

    /** Module m imports its predecessor most of the time, plus up to two older modules. */
    private static List<Integer> chooseImports(int m, Random random) {
        Set<Integer> imports = new LinkedHashSet<>();
        if (m > 1 && random.nextDouble() < 0.7) {
            imports.add(m - 1);
        }
        int extra = m > 2 ? random.nextInt(3) : 0;
        for (int i = 0; i < extra; i++) {
            imports.add(1 + random.nextInt(m - 1));
        }
        List<Integer> sorted = new ArrayList<>(imports);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    private static List<Binding> bindings(int m, List<Integer> imports, Random random) {
        // Units in random order; an interface and its implementation stay together.
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            units.add("class");
        }
        units.addAll(List.of("store1", "store2", "client1", "client2"));
        Collections.shuffle(units, random);

        List<Binding> bindings = new ArrayList<>();
        List<Ref> injectable = new ArrayList<>(); // what later bindings of this module may inject
        List<Ref> importedExports = new ArrayList<>();
        for (int i : imports) {
            importedExports.add(new Ref(i, "Facade"));
            importedExports.add(new Ref(i, "Store1"));
        }
        int classNumber = 0;
        for (String unit : units) {
            switch (unit) {
                case "class" -> {
                    Ref ref = new Ref(m, "S%02d".formatted(++classNumber));
                    bindings.add(new Binding(ref, Kind.CLASS, deps(injectable, importedExports, random)));
                    injectable.add(ref);
                }
                case "store1", "store2" -> {
                    String name = unit.equals("store1") ? "Store1" : "Store2";
                    Ref impl = new Ref(m, name + "Impl");
                    bindings.add(new Binding(impl, Kind.IMPL, deps(injectable, importedExports, random)));
                    Ref iface = new Ref(m, name);
                    bindings.add(new Binding(iface, Kind.INTERFACE, List.of(impl)));
                    injectable.add(iface);
                }
                default -> {
                    Ref ref = new Ref(m, unit.equals("client1") ? "Client1" : "Client2");
                    bindings.add(new Binding(ref, Kind.THIRD_PARTY, deps(injectable, importedExports, random)));
                    injectable.add(ref);
                }
            }
        }
        bindings.add(new Binding(new Ref(m, "Facade"), Kind.FACADE, facadeDeps(m, bindings, imports)));
        return List.copyOf(bindings);
    }

    /** A chain link to the previous binding most of the time, some fan-in, sometimes an import. */
    private static List<Ref> deps(List<Ref> earlier, List<Ref> importedExports, Random random) {
        Set<Ref> deps = new LinkedHashSet<>();
        if (!earlier.isEmpty() && random.nextDouble() < 0.6) {
            deps.add(earlier.get(earlier.size() - 1));
        }
        int fanIn = earlier.isEmpty() ? 0 : random.nextInt(3);
        for (int i = 0; i < fanIn; i++) {
            deps.add(earlier.get(random.nextInt(earlier.size())));
        }
        if (!importedExports.isEmpty() && random.nextDouble() < 0.25) {
            deps.add(importedExports.get(random.nextInt(importedExports.size())));
        }
        return List.copyOf(deps);
    }

    /**
     * The facade needs every binding of its module that nothing else needs, and the facade of every
     * import, so that resolving the root's {@code App} creates all bindings of the graph.
     */
    private static List<Ref> facadeDeps(int m, List<Binding> bindings, List<Integer> imports) {
        Set<Ref> needed = new HashSet<>();
        for (Binding b : bindings) {
            needed.addAll(b.deps());
        }
        List<Ref> deps = new ArrayList<>();
        for (Binding b : bindings) {
            if (b.kind() != Kind.IMPL && !needed.contains(b.ref())) {
                deps.add(b.ref());
            }
        }
        for (int i : imports) {
            deps.add(new Ref(i, "Facade"));
        }
        return List.copyOf(deps);
    }

    int bindingCount() {
        return modules.stream().mapToInt(gm -> gm.bindings().size()).sum();
    }

    /** Every binding reachable from the root's App (the App itself not counted). */
    Set<Ref> reachableFromApp() {
        Set<Ref> seen = new HashSet<>();
        ArrayDeque<Ref> todo = new ArrayDeque<>(appDeps);
        while (!todo.isEmpty()) {
            Ref ref = todo.pop();
            if (seen.add(ref)) {
                todo.addAll(binding(ref).deps());
            }
        }
        return seen;
    }

    Binding binding(Ref ref) {
        return modules.get(ref.module() - 1).bindings().stream()
                .filter(b -> b.ref().equals(ref))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no binding " + ref));
    }
}

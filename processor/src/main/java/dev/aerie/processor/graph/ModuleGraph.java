package dev.aerie.processor.graph;

import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.spi.Diagnostic;
import dev.aerie.processor.spi.DiagnosticKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The import graph between modules: roots, import cycles and the modules of one application. */
public final class ModuleGraph {
    private final Map<String, ModuleModel> modules = new TreeMap<>();

    public ModuleGraph(List<ModuleModel> modules) {
        modules.forEach(m -> this.modules.put(m.name(), m));
    }

    /**
     * The modules no other module of the compilation imports, sorted by name: each becomes an
     * application with its own container.
     */
    public List<ModuleModel> roots(Set<String> compiledHere) {
        Set<String> imported = new HashSet<>();
        modules.values().forEach(m -> imported.addAll(m.imports()));
        return modules.values().stream()
                .filter(m -> compiledHere.contains(m.name()) && !imported.contains(m.name()))
                .toList();
    }

    /** One problem per import cycle, on the module (of the cycle) whose name sorts first. */
    public List<Diagnostic> importCycles() {
        Map<String, List<String>> edges = new TreeMap<>();
        modules.values().forEach(m -> edges.put(m.name(),
                m.imports().stream().filter(modules::containsKey).sorted().toList()));
        List<Diagnostic> problems = new ArrayList<>();
        for (List<String> cycle : Cycles.find(edges)) {
            ModuleModel first = modules.get(cycle.get(0));
            List<String> names = new ArrayList<>(cycle.stream().map(n -> modules.get(n).simpleName()).toList());
            names.add(first.simpleName());
            problems.add(Diagnostic.of(DiagnosticKind.IMPORT_CYCLE, first.at(), "import cycle between modules: "
                    + String.join(" imports ", names) + ".",
                    "Modules must form a tree: move what they share into a new module that both import."));
        }
        return problems;
    }

    /**
     * The modules of {@code compiledHere} that none of {@code roots} imports, directly or through
     * other modules, sorted by name; empty when there are no roots (a library, a test compilation).
     */
    public List<ModuleModel> unreachable(Set<String> roots, Set<String> compiledHere) {
        Set<String> reached = new HashSet<>();
        roots.forEach(r -> reached.addAll(application(r).stream().map(ModuleModel::name).toList()));
        return roots.isEmpty() ? List.of() : modules.values().stream()
                .filter(m -> compiledHere.contains(m.name()) && !reached.contains(m.name()))
                .toList();
    }

    /** The root and every module it imports transitively, root first, then in first-visit order. */
    public List<ModuleModel> application(String root) {
        Map<String, ModuleModel> seen = new LinkedHashMap<>();
        collect(root, seen);
        return List.copyOf(seen.values());
    }

    private void collect(String name, Map<String, ModuleModel> seen) {
        ModuleModel module = modules.get(name);
        if (module == null || seen.containsKey(name)) {
            return;
        }
        seen.put(name, module);
        module.imports().forEach(i -> collect(i, seen));
    }
}

package dev.aerie.processor.introspect;

import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.BindingKind;
import dev.aerie.processor.model.Key;
import dev.aerie.processor.model.ModuleModel;
import dev.aerie.processor.model.ResolvedApplication;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An application's modules, bindings and edges, free of {@code javax.lang.model}, in a stable
 * order: modules as the graph lists them (root first), bindings by key.
 *
 * @param root      the root module's simple name
 * @param modules   every module with the ids of the bindings it owns
 * @param generated ids of the bindings extensions contributed (ORM provider, HTTP routes)
 * @param nodes     every binding
 * @param imports   module imports
 * @param edges     dependencies between bindings
 */
record WiringGraph(String root, List<ModuleNode> modules, List<String> generated, List<Node> nodes,
                   List<Import> imports, List<Edge> edges) {

    /** A binding: its id ({@code n0}...), what users read, and whether it is a controller. */
    record Node(String id, String label, boolean controller) {}

    /** A module: its id ({@code m0}...), simple name and the ids of its bindings. */
    record ModuleNode(String id, String name, List<String> bindings) {}

    record Import(String from, String to) {}

    /**
     * {@code from} depends on {@code to}; {@code exportedBy} names the module whose export made
     * {@code to} visible, when {@code to} belongs to another module.
     */
    record Edge(String from, String to, Optional<String> exportedBy) {}

    static WiringGraph of(ResolvedApplication application) {
        Map<Key, String> ids = new HashMap<>();
        Map<Key, Binding> byKey = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (Binding binding : application.bindings()) {
            String id = "n" + nodes.size();
            ids.put(binding.key(), id);
            byKey.put(binding.key(), binding);
            nodes.add(new Node(id, label(binding.key()), binding.kind() == BindingKind.CONTROLLER));
        }
        Map<String, String> moduleIds = new HashMap<>();
        Map<String, String> moduleNames = new HashMap<>();
        List<ModuleNode> modules = new ArrayList<>();
        for (ModuleModel module : application.modules()) {
            String id = "m" + modules.size();
            moduleIds.put(module.name(), id);
            moduleNames.put(module.name(), module.simpleName());
            List<String> owned = application.bindings().stream()
                    .filter(b -> b.module().filter(module.name()::equals).isPresent())
                    .map(b -> ids.get(b.key())).toList();
            modules.add(new ModuleNode(id, module.simpleName(), owned));
        }
        List<String> generated = application.bindings().stream().filter(b -> b.module().isEmpty())
                .map(b -> ids.get(b.key())).toList();
        List<Import> imports = new ArrayList<>();
        for (ModuleModel module : application.modules()) {
            for (String imported : module.imports()) {
                if (moduleIds.containsKey(imported)) {
                    imports.add(new Import(moduleIds.get(module.name()), moduleIds.get(imported)));
                }
            }
        }
        List<Edge> edges = new ArrayList<>();
        for (Binding binding : application.bindings()) {
            for (Key dependency : application.resolved().getOrDefault(binding.key(), List.of())) {
                Binding target = byKey.get(dependency);
                if (target == null) {
                    continue;
                }
                Optional<String> exportedBy = target.module().isPresent() && binding.module().isPresent()
                        && !target.module().equals(binding.module())
                        ? target.module().map(moduleNames::get) : Optional.empty();
                edges.add(new Edge(ids.get(binding.key()), ids.get(dependency), exportedBy));
            }
        }
        String root = application.root().substring(application.root().lastIndexOf('.') + 1);
        return new WiringGraph(root, modules, generated, nodes, imports, edges.stream().distinct().toList());
    }

    /** {@code BooksService}, {@code @Named("spare") Tire}, {@code List<String>}: short but unambiguous enough to read. */
    private static String label(Key key) {
        String type = key.type().replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+", "");
        return key.qualifier().map(q -> q.replaceAll("\\b(?:[a-z_][a-z0-9_]*\\.)+", "") + " " + type).orElse(type);
    }
}

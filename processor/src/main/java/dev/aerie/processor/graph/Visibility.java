package dev.aerie.processor.graph;

import dev.aerie.processor.model.Binding;
import dev.aerie.processor.model.ModuleModel;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * NestJS visibility: a module sees its own bindings and what the modules it imports export. A
 * module exports a binding it owns by listing its type, and everything an imported module
 * exports by listing that module. Public for extensions that resolve injection points of their
 * own, such as the HTTP extension's handler parameters.
 */
public final class Visibility {
    private final Map<String, ModuleModel> modules;

    public Visibility(List<ModuleModel> modules) {
        this.modules = modules.stream().collect(Collectors.toMap(ModuleModel::name, Function.identity()));
    }

    /** Whether {@code module} may inject {@code binding}. */
    public boolean sees(String module, Binding binding) {
        if (binding.module().isEmpty() || binding.module().get().equals(module)) {
            return true;
        }
        return imports(module).stream().anyMatch(i -> exports(i, binding, new HashSet<>()));
    }

    /** Whether {@code module} exports {@code binding}, itself or by re-exporting an imported module. */
    boolean exports(String module, Binding binding, Set<String> visited) {
        ModuleModel m = modules.get(module);
        if (m == null || !visited.add(module)) {
            return false;
        }
        if (binding.module().equals(Optional.of(module)) && exportsOwn(m, binding)) {
            return true;
        }
        return m.imports().stream()
                .filter(m.exports()::contains)
                .anyMatch(i -> exports(i, binding, visited));
    }

    /** Whether the owning module lists the binding's type in its exports. */
    static boolean exportsOwn(ModuleModel owner, Binding binding) {
        return owner.exports().contains(binding.key().rawType());
    }

    private List<String> imports(String module) {
        ModuleModel m = modules.get(module);
        return m == null ? List.of() : m.imports();
    }

    /**
     * Why {@code module} cannot see {@code binding} and how to fix it, e.g.
     * "add Clock to ClockModule's exports and import module ClockModule in BooksModule".
     */
    public String fix(String module, Binding binding) {
        String ownerName = binding.module().orElseThrow();
        ModuleModel owner = modules.get(ownerName);
        String from = simple(module);
        String type = binding.key().simpleType();
        boolean exported = owner != null && exportsOwn(owner, binding);
        boolean imported = imports(module).contains(ownerName);
        if (!exported && imported) {
            return "add " + type + " to " + owner.simpleName() + "'s exports";
        }
        if (!exported) {
            return "add " + type + " to " + simple(ownerName) + "'s exports and import module "
                    + simple(ownerName) + " in " + from;
        }
        return "import module " + simple(ownerName) + " in " + from;
    }

    private String simple(String module) {
        ModuleModel m = modules.get(module);
        return m != null ? m.simpleName() : module.substring(module.lastIndexOf('.') + 1);
    }
}

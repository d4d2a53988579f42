package dev.aerie.processor.model;

import java.util.List;

/**
 * One {@code @Module} class, by qualified names.
 *
 * @param name the module class
 * @param imports modules whose exports it sees
 * @param exports exported provider types (raw, qualified names) and re-exported imported modules
 * @param bindings what it owns: its providers, controllers and {@code @Provides} methods
 * @param controllers the classes listed in {@code controllers}
 * @param at the module's declaration
 * @param unusable classes it lists and keys ({@link Key#display()}) of its {@code @Provides} methods
 *     that could not be read (already reported): injecting them is not reported again as a missing
 *     binding; an unqualified raw type stands for all its parameterizations
 */
public record ModuleModel(
        String name,
        List<String> imports,
        List<String> exports,
        List<Binding> bindings,
        List<String> controllers,
        Source at,
        List<String> unusable) {

    public ModuleModel {
        imports = List.copyOf(imports);
        exports = List.copyOf(exports);
        bindings = List.copyOf(bindings);
        controllers = List.copyOf(controllers);
        unusable = List.copyOf(unusable);
    }

    public ModuleModel(String name, List<String> imports, List<String> exports, List<Binding> bindings,
            List<String> controllers, Source at) {
        this(name, imports, exports, bindings, controllers, at, List.of());
    }

    /** The name without package, for messages. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}

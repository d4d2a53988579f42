package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A root module and every module it imports, transitively, before validation.
 *
 * @param root the root module's name
 * @param container the container class to generate
 * @param modules the root first, then the imported modules in first-visit order
 * @param extraBindings bindings contributed by extensions
 */
public record ApplicationModel(String root, ClassName container, List<ModuleModel> modules, List<Binding> extraBindings) {

    public ApplicationModel {
        modules = List.copyOf(modules);
        extraBindings = List.copyOf(extraBindings);
    }

    public Optional<ModuleModel> module(String name) {
        return modules.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** This application with {@code more} extension bindings. */
    public ApplicationModel withExtraBindings(List<Binding> more) {
        return new ApplicationModel(root, container,
                modules, java.util.stream.Stream.concat(extraBindings.stream(), more.stream()).toList());
    }
}

package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The generated {@code <Module>_Wiring} class: public entry points to a module's
 * {@code @Provides} methods and constructor, in the module's own package.
 *
 * @param module the module class
 * @param publicModule whether the module class can be named from any package
 * @param methods its {@code @Provides} methods, in declaration order
 */
public record ModuleWiring(ClassName module, boolean publicModule, List<ProvidesMethod> methods) {

    public ModuleWiring {
        methods = List.copyOf(methods);
    }

    public ClassName wiring() {
        return wiringOf(module);
    }

    public static ClassName wiringOf(ClassName module) {
        return ClassName.get(module.packageName(), String.join("_", module.simpleNames()) + "_Wiring");
    }

    /** Whether the container needs an instance of the module (it has instance methods). */
    public boolean needsInstance() {
        return methods.stream().anyMatch(m -> !m.isStatic());
    }
}

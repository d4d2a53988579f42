package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;
import dev.aerie.processor.codegen.GeneratedClass;
import java.util.List;

/**
 * How the container reaches a module's {@code @Provides} methods and constructor: directly when
 * they are all public ({@link #inPlace()}), otherwise through the generated {@code <Module>_Wiring}
 * class of public entry points in the module's own package.
 *
 * @param module the module class
 * @param publicModule whether the module class can be named from any package
 * @param publicConstructor whether it has a public constructor without parameters
 * @param methods its {@code @Provides} methods, in declaration order
 */
public record ModuleWiring(ClassName module, boolean publicModule, boolean publicConstructor,
        List<ProvidesMethod> methods) {

    public ModuleWiring {
        methods = List.copyOf(methods);
    }

    public ClassName wiring() {
        return wiringOf(module);
    }

    public static ClassName wiringOf(ClassName module) {
        return GeneratedClass.WIRING.of(module);
    }

    /**
     * Whether the container calls the module itself, so no wiring class is generated: the module,
     * its constructor (when an instance is needed) and every {@code @Provides} method are public.
     */
    public boolean inPlace() {
        return publicModule && (publicConstructor || !needsInstance())
                && methods.stream().allMatch(ProvidesMethod::callableAnywhere);
    }

    /** Whether the container needs an instance of the module (it has instance methods). */
    public boolean needsInstance() {
        return methods.stream().anyMatch(m -> !m.isStatic());
    }
}

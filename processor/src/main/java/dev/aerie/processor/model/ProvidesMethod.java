package dev.aerie.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A {@code @Provides} method as the module's wiring calls it.
 *
 * @param name the method name
 * @param wiringName the name of the wiring method that calls it (unique in the module)
 * @param isStatic whether it is static (otherwise the container passes the module instance)
 * @param returnType its return type
 * @param publicReturn whether the return type can be named from any package
 * @param parameters its parameters
 * @param publicMethod whether the method itself is public
 */
public record ProvidesMethod(
        String name, String wiringName, boolean isStatic, TypeName returnType, boolean publicReturn,
        List<Parameter> parameters, boolean publicMethod) {

    public ProvidesMethod {
        parameters = List.copyOf(parameters);
    }

    /** Whether code in any package can call it: public, and every type it takes or returns is public. */
    public boolean callableAnywhere() {
        return publicMethod && publicReturn && parameters.stream().allMatch(p -> p.dependency().publicType());
    }
}

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
 */
public record ProvidesMethod(
        String name, String wiringName, boolean isStatic, TypeName returnType, boolean publicReturn,
        List<Parameter> parameters) {

    public ProvidesMethod {
        parameters = List.copyOf(parameters);
    }
}

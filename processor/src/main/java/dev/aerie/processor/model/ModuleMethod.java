package dev.aerie.processor.model;

/**
 * {@code module.method(dependencies...)}: a public instance {@code @Provides} method, called by
 * the container on its instance of the binding's {@link Binding#moduleInstance() module}.
 */
public record ModuleMethod(String method) implements Creation {}

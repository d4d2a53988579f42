package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;

/** {@code new type(dependencies...)}, called by the container itself. */
public record NewInstance(ClassName type) implements Creation {}

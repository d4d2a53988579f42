package dev.aerie.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One parameter of a constructor or method the container calls (or one injected field).
 *
 * @param name the source name, made unique within the generated method that passes it on
 * @param sourceName the name as declared
 * @param dependency what is injected
 * @param declaredType the type as declared (may mention the declaring class's type variables)
 */
public record Parameter(String name, String sourceName, Dependency dependency, TypeName declaredType) {}

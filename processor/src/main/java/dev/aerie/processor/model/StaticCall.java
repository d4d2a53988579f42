package dev.aerie.processor.model;

import com.palantir.javapoet.ClassName;

/** A public static method of a generated (or runtime, or user) class: {@code owner.method(...)}. */
public record StaticCall(ClassName owner, String method) implements Creation {}

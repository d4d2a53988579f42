package dev.aerie.processor.model;

import java.util.Optional;

/**
 * What is injected: a type and an optional qualifier, both as canonical source text
 * ({@code java.util.List<java.lang.String>}, {@code @jakarta.inject.Named("spare")}).
 * Primitive types are boxed. Two keys are the same binding exactly when they are equal.
 *
 * @param type the canonical type, with type arguments
 * @param qualifier the qualifier annotation as written in source, if any
 * @param runtimeName the name {@code Container.get(Class...)} looks it up by; empty for generic
 *     types and for qualifiers with members other than {@code @Named}'s value
 */
public record Key(String type, Optional<String> qualifier, Optional<String> runtimeName) {

    /** An unqualified key for a non-generic class whose binary name is {@code binaryName}. */
    public static Key of(String canonicalName, String binaryName) {
        return new Key(canonicalName, Optional.empty(), Optional.of(binaryName));
    }

    /** How users read it: {@code @Named("spare") org.example.Tire}. */
    public String display() {
        return qualifier.map(q -> q + " " + type).orElse(type);
    }

    /** The type without its package and type arguments, for messages and generated names. */
    public String simpleType() {
        String raw = type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    /** The type without type arguments. */
    public String rawType() {
        return type.contains("<") ? type.substring(0, type.indexOf('<')) : type;
    }

    @Override
    public String toString() {
        return display();
    }
}

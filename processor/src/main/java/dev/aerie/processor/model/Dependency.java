package dev.aerie.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * One injection point of a binding.
 *
 * @param key what is injected
 * @param provider whether it is a {@code Provider<T>} (lazy, does not make a cycle)
 * @param site where, for messages: {@code BooksService.<init>(clock)}, {@code Car.seat},
 *     {@code AppModule.dataSource(config)}
 * @param at the element to report problems at
 * @param type the Java type of the key (without {@code Provider}), for generated code
 * @param publicType whether {@code type} can be named from any package
 * @param abstractType whether {@code type} is an interface or abstract class (for the hint of a
 *     missing binding)
 */
public record Dependency(
        Key key, boolean provider, String site, Source at, TypeName type, boolean publicType, boolean abstractType) {}

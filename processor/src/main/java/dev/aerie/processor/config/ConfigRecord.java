package dev.aerie.processor.config;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * A checked {@code @ConfigProperties} record.
 *
 * @param type       the record
 * @param binaryName its binary name, for the binding's key
 * @param prefix     the prefix of its keys
 * @param components its components, in declaration (constructor) order
 */
record ConfigRecord(ClassName type, String binaryName, String prefix, List<Component> components) {
    ConfigRecord {
        components = List.copyOf(components);
    }

    /**
     * One component.
     *
     * @param name         the component's name ({@code maxLength})
     * @param key          the full key ({@code security.jwt.max-length})
     * @param type         how it is read
     * @param defaultValue the {@code @ConfigDefault} text, checked against {@code type}
     */
    record Component(String name, String key, ValueType type, Optional<String> defaultValue) {}
}

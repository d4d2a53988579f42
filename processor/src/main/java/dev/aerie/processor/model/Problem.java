package dev.aerie.processor.model;

import java.util.List;

/**
 * A compile error found on plain models, reported on the first of {@code at} that is in source
 * being compiled (an injection point in a library class falls back to the module listing it).
 */
public record Problem(List<Source> at, String message) {

    public Problem {
        at = List.copyOf(at);
    }

    public Problem(Source at, String message) {
        this(List.of(at), message);
    }
}

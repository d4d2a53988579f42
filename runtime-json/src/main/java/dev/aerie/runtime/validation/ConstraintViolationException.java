package dev.aerie.runtime.validation;

import java.util.List;
import java.util.stream.Collectors;

/** A value broke one or more constraints; the HTTP layer answers it with 400 listing them all. */
public final class ConstraintViolationException extends RuntimeException {
    private final List<Violation> violations;

    public ConstraintViolationException(List<Violation> violations) {
        // routine for bad input: no stack trace
        super(describe(violations), null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** The violations, in the order the properties were checked. */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        return violations.stream()
                .map(v -> v.path().isEmpty() ? v.message() : v.path() + ": " + v.message())
                .collect(Collectors.joining("; "));
    }
}

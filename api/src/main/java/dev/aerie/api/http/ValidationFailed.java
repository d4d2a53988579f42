package dev.aerie.api.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code @Valid} body or a constrained parameter broke constraints: a 400 listing each, as
 * {@code "errors": [{"path": "title", "message": "must not be blank"}]}, unless a
 * {@link Catches} handler answers it otherwise.
 */
public class ValidationFailed extends BadRequestException {
    private final List<Violation> violations;

    /** The failure with {@code detail} and its {@code violations}, in the order they were found. */
    public ValidationFailed(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Violation violation : this.violations) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("path", violation.path());
            error.put("message", violation.message());
            errors.add(error);
        }
        member("errors", errors);
    }

    /** The violations, in the order the properties were checked. */
    public List<Violation> violations() {
        return violations;
    }

    /** The messages per property path, in order: {@code {"title": ["must not be blank"]}}. */
    public Map<String, List<String>> messagesByPath() {
        Map<String, List<String>> byPath = new LinkedHashMap<>();
        for (Violation violation : violations) {
            byPath.computeIfAbsent(violation.path(), p -> new ArrayList<>()).add(violation.message());
        }
        return byPath;
    }

    /**
     * One broken constraint.
     *
     * @param path    the property, as {@code title}, {@code author.name} or {@code items[2].name}; empty for the value itself
     * @param message what is wrong, such as "must not be blank"
     */
    public record Violation(String path, String message) {}
}

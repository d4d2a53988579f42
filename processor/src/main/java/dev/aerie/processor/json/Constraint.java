package dev.aerie.processor.json;

import dev.aerie.processor.json.ObjectModel.Annotated;
import java.util.Map;

/**
 * One jakarta.validation constraint on a property or parameter, with its message already
 * interpolated at compile time.
 *
 * @param values the annotation's attributes with defaults ({@code min}, {@code max}, {@code value},
 *     {@code regexp}, {@code flags})
 */
record Constraint(Kind kind, Annotated annotation, Map<String, Object> values, String message) {

    enum Kind {
        NOT_NULL("NotNull", "must not be null"),
        NOT_BLANK("NotBlank", "must not be blank"),
        NOT_EMPTY("NotEmpty", "must not be empty"),
        SIZE("Size", "size must be between {min} and {max}"),
        MIN("Min", "must be greater than or equal to {value}"),
        MAX("Max", "must be less than or equal to {value}"),
        POSITIVE("Positive", "must be greater than 0"),
        POSITIVE_OR_ZERO("PositiveOrZero", "must be greater than or equal to 0"),
        NEGATIVE("Negative", "must be less than 0"),
        NEGATIVE_OR_ZERO("NegativeOrZero", "must be less than or equal to 0"),
        EMAIL("Email", "must be a well-formed email address"),
        PATTERN("Pattern", "must match \"{regexp}\"");

        final String simpleName;
        final String defaultMessage;

        Kind(String simpleName, String defaultMessage) {
            this.simpleName = simpleName;
            this.defaultMessage = defaultMessage;
        }
    }

    int intValue(String name) {
        return ((Number) values.get(name)).intValue();
    }

    long longValue(String name) {
        return ((Number) values.get(name)).longValue();
    }

    String stringValue(String name) {
        return (String) values.get(name);
    }
}

package dev.aerie.conduit;

import dev.aerie.api.http.HttpException;
import java.util.List;
import java.util.Map;

/**
 * A request RealWorld answers with 422 and its error shape, {@code {"errors":{"email":["has
 * already been taken"]}}}: a rule the constraints on the request cannot express (a taken name,
 * wrong credentials).
 */
public final class Unprocessable extends HttpException {
    private final Map<String, List<String>> errors;

    public Unprocessable(String field, String message) {
        super(422, field + " " + message);
        this.errors = Map.of(field, List.of(message));
    }

    /** The messages per field. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}

package dev.aerie.conduit;

import dev.aerie.api.http.HttpException;

/**
 * A request RealWorld answers with 422 in its error shape, {@code {"errors":{"body":["email has
 * already been taken"]}}}: a rule the constraints on the request cannot express (a taken name,
 * wrong credentials).
 */
public final class Unprocessable extends HttpException {
    /** {@code field} breaks a rule: {@code new Unprocessable("email", "has already been taken")}. */
    public Unprocessable(String field, String message) {
        super(422, field + " " + message);
    }
}

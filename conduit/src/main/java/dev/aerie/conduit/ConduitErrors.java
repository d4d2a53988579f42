package dev.aerie.conduit;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.Catches;
import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.MalformedBody;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.ValidationFailed;
import dev.aerie.api.http.ValidationFailed.Violation;
import java.util.List;

/**
 * RealWorld's error shape for every route: {@code {"errors":{"body":["email can't be empty"]}}}
 * ({@code error-handling.md}; {@code GenericErrorModel} of {@code openapi.yml} requires {@code
 * errors.body}), each message naming its field. Every validation failure is a 422: constraint
 * violations, a body that is not the JSON the route takes, a query value of the wrong type, a
 * taken username or email, also when two requests race for it and the database's unique
 * constraint decides. 401 (with {@code WWW-Authenticate}), 403, 404 and the rest keep their
 * status, in the same shape.
 */
@Injectable
public final class ConduitErrors {
    /** The body of every error. */
    public record Errors(Messages errors) {}

    /** RealWorld's {@code errors} object: the messages, in the order they were found. */
    public record Messages(List<String> body) {}

    /** Constraint violations of a body or parameter: the paths lose their envelope, {@code user.email} is {@code email}. */
    @Catches(ValidationFailed.class)
    public Response<Errors> invalid(ValidationFailed e) {
        return unprocessable(e.violations().stream().map(ConduitErrors::message).toList());
    }

    /** A body that is not the JSON the route takes (syntax, types, missing, {@code null}). */
    @Catches(MalformedBody.class)
    public Response<Errors> malformed(MalformedBody e) {
        return unprocessable(List.of(e.path().map(path -> path + ": ").orElse("") + e.problem()));
    }

    /** Any other request the framework refused as malformed: a path or query value of the wrong type, a missing parameter. */
    @Catches(BadRequestException.class)
    public Response<Errors> badRequest(BadRequestException e) {
        return unprocessable(List.of(e.detail().orElse(e.title())));
    }

    @Catches(Unprocessable.class)
    public Response<Errors> unprocessable(Unprocessable e) {
        return unprocessable(List.of(e.detail().orElseThrow()));
    }

    /**
     * A unique constraint refused a write: two requests raced for one username or email (the
     * services check first, so only a race gets here) or for one slug.
     */
    @Catches(DataConflictException.class)
    public Response<Errors> conflict(DataConflictException e) {
        String constraint = String.valueOf(e.members().getOrDefault("constraint", ""));
        String field = constraint.contains("username") ? "username"
                : constraint.contains("email") ? "email"
                : constraint.contains("slug") ? "title" : "value";
        String message = field.equals("title") ? "title gives a slug another article has" : field + " has already been taken";
        return unprocessable(List.of(message));
    }

    /** 401, 403, 404 and the rest: their status and headers ({@code WWW-Authenticate}, {@code Allow}), RealWorld's body. */
    @Catches(HttpException.class)
    public Response<Errors> other(HttpException e) {
        Response<Errors> response = Response.of(e.status(), new Errors(new Messages(List.of(e.detail().orElse(e.title())))));
        for (var header : e.headers().entrySet()) {
            response = response.header(header.getKey(), header.getValue());
        }
        return response;
    }

    private static Response<Errors> unprocessable(List<String> messages) {
        return Response.of(422, new Errors(new Messages(messages)));
    }

    /** {@code user.email} / {@code can't be empty} is {@code email can't be empty}. */
    private static String message(Violation violation) {
        String path = violation.path();
        int dot = path.indexOf('.');
        String field = dot < 0 ? path : path.substring(dot + 1);
        return field.isEmpty() ? violation.message() : field + " " + violation.message();
    }
}

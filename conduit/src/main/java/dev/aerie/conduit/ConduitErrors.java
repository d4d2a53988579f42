package dev.aerie.conduit;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.Catches;
import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.MalformedBody;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.ValidationFailed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RealWorld's error shape for every route ({@code error-handling.md}): {@code {"errors":{"<field>":
 * ["<message>"]}}}. Every validation failure is a 422, a taken username or email included, also
 * when two requests race for it and the database's unique constraint decides, and every request
 * the framework refuses as malformed (a 400 elsewhere). 401, 403 and 404 keep their status, in
 * the same shape.
 */
@Injectable
public final class ConduitErrors {
    /** The body of every error. */
    public record Errors(Map<String, List<String>> errors) {}

    /** Constraint violations of a body: the paths lose their envelope, {@code user.email} is {@code email}. */
    @Catches(ValidationFailed.class)
    public Response<Errors> invalid(ValidationFailed e) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        e.messagesByPath().forEach((path, messages) -> byField.computeIfAbsent(field(path), f -> new ArrayList<>()).addAll(messages));
        return Response.of(422, new Errors(byField));
    }

    /** A body that is not the JSON the route takes. */
    @Catches(MalformedBody.class)
    public Response<Errors> malformed(MalformedBody e) {
        return Response.of(422, new Errors(Map.of("body", List.of(e.problem()))));
    }

    /** Any other request the framework refused as malformed: a path or query value of the wrong type, a missing parameter. */
    @Catches(BadRequestException.class)
    public Response<Errors> badRequest(BadRequestException e) {
        String field = String.valueOf(e.members().getOrDefault("parameter", "body"));
        return Response.of(422, new Errors(Map.of(field, List.of(e.detail().orElse(e.title())))));
    }

    @Catches(Unprocessable.class)
    public Response<Errors> unprocessable(Unprocessable e) {
        return Response.of(422, new Errors(e.errors()));
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
                : constraint.contains("slug") ? "slug" : "body";
        return Response.of(422, new Errors(Map.of(field, List.of("has already been taken"))));
    }

    /** 401, 403, 404 and the rest: their status and headers ({@code WWW-Authenticate}), RealWorld's body. */
    @Catches(HttpException.class)
    public Response<Errors> other(HttpException e) {
        Response<Errors> response = Response.of(e.status(),
                new Errors(Map.of(key(e.status()), List.of(e.detail().orElse(e.title())))));
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            response = response.header(header.getKey(), header.getValue());
        }
        return response;
    }

    private static String field(String path) {
        int dot = path.indexOf('.');
        return dot < 0 ? (path.isEmpty() ? "body" : path) : path.substring(dot + 1);
    }

    private static String key(int status) {
        return switch (status) {
            case 401 -> "token";
            case 403 -> "authorization";
            case 404 -> "resource";
            default -> "body";
        };
    }
}

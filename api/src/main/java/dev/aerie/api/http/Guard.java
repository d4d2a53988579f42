package dev.aerie.api.http;

/**
 * Decides whether a request may reach its handler. A guard is an ordinary injectable of a module,
 * attached with {@link Guarded} to a route method, a controller or a module; the generated route
 * calls it before the body is read and before the request opens a database session. It lets the
 * request through by returning and rejects it by throwing an {@link HttpException} (such as
 * {@link UnauthorizedException} or {@link ForbiddenException}), which becomes the response.
 */
public interface Guard {
    /**
     * Returns to let {@code request} through to {@code route}'s handler; throws an
     * {@link HttpException} to answer it instead.
     */
    void check(Request request, Route route);
}

package dev.aerie.api.http;

import java.util.List;
import java.util.Optional;

/**
 * The HTTP request being handled, as a small read-only view. Inject it in request scope, in a
 * handler, a guard or a request-scoped provider:
 *
 * <pre>{@code
 * @Provides @Injectable(scope = Scope.REQUEST)
 * Optional<User> user(Request request, Users users) {
 *     return request.header("Authorization").flatMap(users::byToken);
 * }
 * }</pre>
 *
 * Values are as sent (decoded); names of headers are case-insensitive.
 */
public interface Request {
    /** The method, such as {@code GET}. */
    String method();

    /** The decoded request path, without the query. */
    String path();

    /** The route pattern that matched, such as {@code /books/{id}}. */
    String route();

    /** The first value of header {@code name}. */
    Optional<String> header(String name);

    /** Every value of header {@code name}, in order; empty when absent. */
    List<String> headers(String name);

    /** The value of cookie {@code name} from the {@code Cookie} header. */
    Optional<String> cookie(String name);

    /** The value of path variable {@code name} of the matched route. */
    Optional<String> pathParam(String name);

    /** The first value of query parameter {@code name}. */
    Optional<String> query(String name);

    /** Every value of the repeated query parameter {@code name}; empty when absent. */
    List<String> queryAll(String name);

    /** The IP address of the peer that sent the request (a proxy, if there is one). */
    String remoteAddress();
}

package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.NotFoundException;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.http.Status;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Cross-origin resource sharing, as the Fetch standard has browsers ask for it: answers
 * preflight requests ({@code OPTIONS} with {@code Access-Control-Request-Method}) for the paths
 * the application has, and marks the responses to allowed origins. A refused preflight is a 403
 * problem saying what was refused. A request from an origin that is not allowed is served
 * without CORS headers, so the browser withholds the response from the page; refusing it here
 * could refuse same-origin requests behind a proxy, which also carry {@code Origin}.
 */
final class Cors implements io.helidon.webserver.http.Filter {
    private final CorsSettings settings;
    private final Endpoints endpoints;

    Cors(CorsSettings settings, Endpoints endpoints) {
        this.settings = settings;
        this.endpoints = endpoints;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        Optional<String> origin = request.headers().first(HeaderNames.ORIGIN);
        if (origin.isEmpty()) {
            chain.proceed();
            return;
        }
        if (!settings.anyOrigin()) {
            response.header(HeaderNames.VARY, "Origin");
        }
        Optional<String> requestedMethod = request.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_METHOD);
        if (request.prologue().method() == Method.OPTIONS && requestedMethod.isPresent()) {
            preflight(request, response, origin.get(), requestedMethod.get().trim());
            return;
        }
        if (settings.allows(origin.get())) {
            allowOrigin(response, origin.get());
            if (!settings.exposeHeaders().isEmpty()) {
                response.header(HeaderNames.ACCESS_CONTROL_EXPOSE_HEADERS, String.join(", ", settings.exposeHeaders()));
            }
        }
        chain.proceed();
    }

    private void preflight(RoutingRequest request, RoutingResponse response, String origin, String method) {
        String path = request.path().path();
        if (!settings.allows(origin)) {
            refuse(response, path, "The origin " + origin + " may not call this server: it is not in server.cors.allow-origins.");
            return;
        }
        SortedSet<String> methods = new TreeSet<>(endpoints.methodsOf(request));
        if (methods.isEmpty()) {
            Endpoints.send(response, new NotFoundException("No route matches " + path), path);
            return;
        }
        methods.remove("OPTIONS");
        if (!settings.methods().isEmpty()) {
            methods.retainAll(settings.methods());
        }
        if (!methods.contains(method)) {
            refuse(response, path, method + " is not allowed for cross-origin requests to " + path
                    + (methods.isEmpty() ? "" : "; allowed: " + String.join(", ", methods)) + ".");
            return;
        }
        List<String> headers = requestedHeaders(request);
        for (String header : headers) {
            if (!settings.headers().isEmpty() && !settings.headers().contains(header)) {
                refuse(response, path, "The request header " + header + " is not allowed for cross-origin requests;"
                        + " allowed: " + String.join(", ", settings.headers()) + " (server.cors.allow-headers).");
                return;
            }
        }
        allowOrigin(response, origin);
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_METHODS, String.join(", ", methods));
        if (!headers.isEmpty()) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, String.join(", ", headers));
        }
        response.header(HeaderNames.ACCESS_CONTROL_MAX_AGE, Long.toString(settings.maxAge().toSeconds()));
        response.status(Status.NO_CONTENT_204);
        response.send();
    }

    private void allowOrigin(RoutingResponse response, String origin) {
        response.header(HeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, settings.anyOrigin() ? "*" : origin);
        if (settings.credentials()) {
            response.header(HeaderNames.ACCESS_CONTROL_ALLOW_CREDENTIALS, "true");
        }
    }

    /** The names in {@code Access-Control-Request-Headers}, in lower case. */
    private static List<String> requestedHeaders(RoutingRequest request) {
        List<String> names = new ArrayList<>();
        request.headers().first(HeaderNames.ACCESS_CONTROL_REQUEST_HEADERS).ifPresent(value -> {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.trim().toLowerCase(Locale.ROOT));
                }
            }
        });
        return names;
    }

    private static void refuse(RoutingResponse response, String path, String detail) {
        Endpoints.send(response, new HttpException(403, HttpException.reasonPhrase(403), "CORS preflight refused. " + detail,
                null), path);
    }
}

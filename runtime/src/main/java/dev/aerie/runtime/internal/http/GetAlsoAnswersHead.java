package dev.aerie.runtime.internal.http;

import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.HttpRoute;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/**
 * The routing rules a generated service adds its routes to: every {@code GET} route also answers
 * {@code HEAD}, with the same status and headers and no body (RFC 9110, 9.3.2), as users of other
 * frameworks expect.
 */
final class GetAlsoAnswersHead implements HttpRules {
    private final HttpRules rules;

    GetAlsoAnswersHead(HttpRules rules) {
        this.rules = rules;
    }

    @Override
    public HttpRules get(String pathPattern, Handler... handlers) {
        rules.get(pathPattern, handlers);
        for (Handler handler : handlers) {
            rules.head(pathPattern, (request, response) -> handler.handle(request, new HeadResponse(response)));
        }
        return this;
    }

    @Override
    public HttpRules register(HttpService... services) {
        rules.register(services);
        return this;
    }

    @Override
    public HttpRules register(String pathPattern, HttpService... services) {
        rules.register(pathPattern, services);
        return this;
    }

    @Override
    public HttpRules route(HttpRoute route) {
        rules.route(route);
        return this;
    }
}

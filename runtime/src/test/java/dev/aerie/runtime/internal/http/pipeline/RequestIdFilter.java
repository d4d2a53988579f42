package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** Echoes or invents a request id on every response, 404s included. */
@Injectable
public final class RequestIdFilter implements Filter {
    private final Trail trail;

    RequestIdFilter(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        String id = request.headers().first(HeaderNames.create("X-Request-Id")).orElse("generated");
        response.header("X-Request-Id", id);
        trail.steps.add("filter " + request.path().path());
        chain.proceed();
    }
}

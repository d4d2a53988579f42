package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;

/** The second filter: runs inside the first. */
@Injectable
public final class SecurityHeaders implements Filter {
    private final Trail trail;

    SecurityHeaders(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest request, RoutingResponse response) {
        response.header("X-Content-Type-Options", "nosniff");
        trail.steps.add("security headers");
        chain.proceed();
    }
}

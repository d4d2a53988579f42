package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;

/** Runs on every route; rejects {@code X-Block: global}. */
@Injectable
public final class GlobalGuard implements Guard {
    private final Trail trail;

    GlobalGuard(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void check(Request request, Route route) {
        trail.steps.add("global " + request.method() + " " + route.template());
        if (request.header("X-Block").filter("global"::equals).isPresent()) {
            throw new ForbiddenException("blocked by the global guard");
        }
    }
}

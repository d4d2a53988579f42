package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;

/** Records itself; rejects {@code X-Block: controller}. */
@Injectable
public final class ControllerGuard implements Guard {
    private final Trail trail;

    ControllerGuard(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void check(Request request, Route route) {
        trail.steps.add("controller");
        if (request.header("X-Block").filter("controller"::equals).isPresent()) {
            throw new ForbiddenException("blocked by the controller guard");
        }
    }
}

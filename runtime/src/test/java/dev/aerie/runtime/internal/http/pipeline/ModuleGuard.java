package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;

/** Records itself; rejects {@code X-Block: module}. */
@Injectable
public final class ModuleGuard implements Guard {
    private final Trail trail;

    ModuleGuard(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void check(Request request, Route route) {
        trail.steps.add("module");
        if (request.header("X-Block").filter("module"::equals).isPresent()) {
            throw new ForbiddenException("blocked by the module guard");
        }
    }
}

package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.ForbiddenException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.UnauthorizedException;

/** A method guard: 401 without {@code Authorization}, 403 unless the user is root. */
@Injectable
public final class AdminOnly implements Guard {
    private final Trail trail;

    AdminOnly(Trail trail) {
        this.trail = trail;
    }

    @Override
    public void check(Request request, Route route) {
        trail.steps.add("method " + route.handler() + (route.annotated(Audited.class) ? " audited" : ""));
        String user = request.header("Authorization")
                .orElseThrow(() -> new UnauthorizedException("log in first").header("WWW-Authenticate", "User"));
        if (!user.equals("User root")) {
            throw new ForbiddenException("only root may do this");
        }
    }
}

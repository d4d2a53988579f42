package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import dev.aerie.api.http.Filters;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Intercepted;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.UnauthorizedException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The root of the pipeline test application: a global guard, the current user computed once per
 * request from the {@code Authorization: User <name>} header, and an admin module with guards of
 * its own.
 */
@Guarded(GlobalGuard.class)
@Intercepted(Outer.class)
@Filters({RequestIdFilter.class, SecurityHeaders.class})
@Module(controllers = ProfileController.class,
        imports = {TrailModule.class, AdminModule.class}, providers = {GlobalGuard.class, Greeting.class, ApiErrors.class, Outer.class, Shout.class,
                RequestIdFilter.class, SecurityHeaders.class})
public final class PipelineApp {
    /** How many times the user was computed, to show it is once per request. */
    static final AtomicInteger LOOKUPS = new AtomicInteger();

    @Provides(scope = Scope.REQUEST)
    static Optional<User> user(Request request) {
        LOOKUPS.incrementAndGet();
        return request.header("Authorization").filter(h -> h.startsWith("User "))
                .map(h -> new User(h.substring(5), request.cookie("lang").orElse("en")));
    }

    @Provides(scope = Scope.REQUEST)
    static User requiredUser(Optional<User> user) {
        return user.orElseThrow(() -> new UnauthorizedException("log in first").header("WWW-Authenticate", "User"));
    }
}

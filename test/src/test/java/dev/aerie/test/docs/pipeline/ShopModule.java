package dev.aerie.test.docs.pipeline;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.UnauthorizedException;
import java.util.Optional;

// snippet:root
/** The root module: its guard runs on every route of the application. */
@Guarded(RequestIdGuard.class)
@Module(controllers = OrdersController.class, providers = {RequestIdGuard.class, Authenticated.class, ShopErrors.class})
public final class ShopModule {

    /** The caller, computed once per request from its header; empty without one. */
    @Provides(scope = Scope.REQUEST)
    static Optional<CurrentUser> maybeUser(Request request) {
        return request.header("Authorization")
                .filter(value -> value.startsWith("Token "))
                .map(value -> new CurrentUser(value.substring("Token ".length())));
    }

    /** The caller, for routes that need one: 401 without. */
    @Provides(scope = Scope.REQUEST)
    static CurrentUser user(Optional<CurrentUser> user) {
        return user.orElseThrow(() -> new UnauthorizedException("log in first").header("WWW-Authenticate", "Token"));
    }
}
// end::root

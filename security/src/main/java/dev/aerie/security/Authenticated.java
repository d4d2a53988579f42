package dev.aerie.security;

import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.SecurityScheme;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/**
 * The guard of routes that need a login: {@code @Guarded(Authenticated.class)} on a handler, a
 * controller or a module. It lets a request through when its {@code Authorization} header holds a
 * token {@link TokenService} accepts, and answers 401 with {@code WWW-Authenticate} otherwise,
 * before the body is read. The token it verified is the request's {@link VerifiedToken}: a handler
 * or request-scoped service that injects {@code VerifiedToken} gets that one, verified once.
 */
@SecurityScheme(name = Authenticated.SCHEME, type = SecurityScheme.Type.API_KEY, parameterName = "Authorization",
        description = Authenticated.SCHEME_DESCRIPTION)
public final class Authenticated implements Guard {
    /*
     * In the OpenAPI document an apiKey in the Authorization header, not http bearer: the word before
     * the token is security.jwt.scheme (RealWorld's Token is no registered HTTP scheme), known only at run time.
     */
    static final String SCHEME = "jwt";
    static final String SCHEME_DESCRIPTION = "A JWT this service issued, sent as 'Authorization: <scheme> <token>'; "
            + "the scheme word is security.jwt.scheme (Bearer unless configured otherwise)";

    private final Provider<VerifiedToken> token;

    @Inject
    Authenticated(Provider<VerifiedToken> token) {
        this.token = token;
    }

    @Override
    public void check(Request request, Route route) {
        token.get();
    }
}

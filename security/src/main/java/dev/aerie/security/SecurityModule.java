package dev.aerie.security;

import dev.aerie.api.Module;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import dev.aerie.api.http.Request;
import dev.aerie.runtime.config.AerieConfig;
import java.util.Optional;

/**
 * Import it to inject {@link TokenService} and {@link PasswordHasher}:
 * {@code @Module(imports = SecurityModule.class, ...)}. Both read Aerie's configuration
 * ({@code security.jwt.*}, {@code security.password.*}) and are created when the application
 * starts, so a missing or short secret stops the start with a message naming the key.
 * {@link Authenticated} guards routes, {@link RolesAllowed} asks for roles; the request's {@link VerifiedToken} is injectable in
 * request scope (a handler parameter {@code VerifiedToken token}).
 */
@Module(providers = {TokenService.class, SecurityStartup.class, Authenticated.class, RoleGuard.class},
        exports = {TokenService.class, PasswordHasher.class, JwtSettings.class, PasswordSettings.class,
                Authenticated.class, RoleGuard.class, VerifiedToken.class, Optional.class})
public final class SecurityModule {
    /** {@code security.jwt.*}. */
    @Provides
    public static JwtSettings jwtSettings() {
        return JwtSettings.from(AerieConfig.load());
    }

    /** {@code security.password.*}. */
    @Provides
    public static PasswordSettings passwordSettings() {
        return PasswordSettings.from(AerieConfig.load());
    }

    /** Argon2id with the configured parameters. */
    @Provides
    public static PasswordHasher passwordHasher(PasswordSettings settings) {
        return PasswordHasher.argon2id(settings);
    }

    /**
     * The token of this request's {@code Authorization} header, verified once per request, or empty
     * when the request sends none (a route where login is optional takes {@code
     * Optional<VerifiedToken>}); a header with a refused token is a 401 with {@code WWW-Authenticate}.
     */
    @Provides(scope = Scope.REQUEST)
    public static Optional<VerifiedToken> optionalToken(Request request, TokenService tokens) {
        return request.header("Authorization").map(tokens::verify);
    }

    /**
     * The token of this request's {@code Authorization} header, verified once per request (by
     * {@link Authenticated}, or by the first handler or service that asks); a missing or refused
     * one is a 401 with {@code WWW-Authenticate}.
     */
    @Provides(scope = Scope.REQUEST)
    public static VerifiedToken verifiedToken(Optional<VerifiedToken> token, TokenService tokens) {
        return token.orElseGet(() -> tokens.verify(Optional.empty()));
    }
}

package dev.aerie.conduit.users;

import dev.aerie.api.Module;
import dev.aerie.conduit.ErrorsModule;
import dev.aerie.api.Provides;
import dev.aerie.api.Scope;
import dev.aerie.api.http.UnauthorizedException;
import dev.aerie.security.SecurityModule;
import dev.aerie.security.VerifiedToken;
import java.util.Optional;

/** Registration, login, the caller's own data; who the caller is ({@link Viewer}) for the other modules. */
@Module(imports = {ErrorsModule.class, SecurityModule.class}, controllers = UsersController.class, providers = UsersService.class,
        exports = {UsersService.class, Viewer.class, Optional.class})
public final class UsersModule {
    /** The caller on routes where login is optional: empty without a token, a 401 for a refused one. */
    @Provides(scope = Scope.REQUEST)
    static Optional<Viewer> maybeViewer(Optional<VerifiedToken> token) {
        return token.map(UsersModule::viewer);
    }

    /** The caller on routes guarded by {@code Authenticated}: the user id this application put in the token's subject. */
    @Provides(scope = Scope.REQUEST)
    static Viewer viewer(VerifiedToken token) {
        try {
            return new Viewer(Long.parseLong(token.subject()));
        } catch (NumberFormatException e) {
            throw new UnauthorizedException("the token's subject is not a user of this application; log in again")
                    .header("WWW-Authenticate", "Token");
        }
    }
}

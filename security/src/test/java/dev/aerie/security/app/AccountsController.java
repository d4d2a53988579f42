package dev.aerie.security.app;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.UnauthorizedException;
import dev.aerie.security.Authenticated;
import dev.aerie.security.PasswordHasher;
import dev.aerie.security.RolesAllowed;
import dev.aerie.security.TokenService;
import dev.aerie.security.VerifiedToken;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** One user, {@code accounts.admin-name}, whose password hash lives in memory; a real application stores it in a table. */
// snippet:controller
@Controller("/accounts")
public final class AccountsController {
    private final TokenService tokens;
    private final PasswordHasher passwords;
    private final AccountsSettings settings;
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Inject
    AccountsController(TokenService tokens, PasswordHasher passwords, AccountsSettings settings) {
        this.tokens = tokens;
        this.passwords = passwords;
        this.settings = settings;
        hashes.put(settings.adminName(), passwords.hash("correct horse battery staple"));
    }

    @Post("/login")
    public Session login(Login in) {
        Optional<String> hash = Optional.ofNullable(hashes.get(in.username()));
        if (!passwords.verify(in.password(), hash)) {  // no such user takes as long as a wrong password
            throw new UnauthorizedException("wrong username or password");
        }
        if (passwords.needsRehash(hash.get())) {       // the parameters changed since this hash was stored
            hashes.put(in.username(), passwords.hash(in.password()));
        }
        return new Session(in.username(), tokens.issue(in.username(), Map.of("role", settings.role()), settings.tokenTtl()));
    }

    @Get("/me")
    @Guarded(Authenticated.class)                     // 401 with WWW-Authenticate unless the token is good
    public Me me(VerifiedToken token) {               // the token the guard verified
        return new Me(token.subject(), token.stringClaim("role").orElse("none"));
    }

    @Get("/whoami")                                   // login optional: the same route, answered either way
    public Me whoami(Optional<VerifiedToken> token) {
        return new Me(token.map(VerifiedToken::subject).orElse("anonymous"), "none");
    }

    @Post("/notes")
    @Guarded(Authenticated.class)                     // runs before the body is read
    public Me note(Login in, VerifiedToken token) {
        return new Me(token.subject(), in.username());
    }
// end::controller

    // snippet:roles
    @Get("/drafts")
    @RolesAllowed({"editor", "admin"})                // ada is an editor
    public Me drafts(VerifiedToken token) {
        return new Me(token.subject(), "editor");
    }
// end::roles

    @Get("/audit")
    @RolesAllowed("auditor")
    public Me audit(VerifiedToken token) {
        return new Me(token.subject(), "auditor");
    }
}

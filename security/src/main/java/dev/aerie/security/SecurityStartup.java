package dev.aerie.security;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;

/**
 * Creates the token service and the password hasher when the container starts: their settings
 * are checked then, so a bad {@code security.*} key fails the start instead of the first login.
 */
@Injectable
public final class SecurityStartup {
    private final TokenService tokens;
    private final PasswordHasher passwords;

    public SecurityStartup(TokenService tokens, PasswordHasher passwords) {
        this.tokens = tokens;
        this.passwords = passwords;
    }

    /** Nothing more to do: constructing both checked their configuration. */
    @OnStart
    public void checked() {
        assert tokens != null && passwords != null;
    }
}

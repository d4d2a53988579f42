package dev.aerie.security;

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;

/**
 * Creates the token service and the password hasher when the container starts (a singleton with
 * a start hook is created at start, with what it injects): their settings are checked then, so a
 * bad {@code security.*} key fails the start instead of the first login.
 */
@Injectable
final class SecurityStartup {
    SecurityStartup(TokenService tokens, PasswordHasher passwords) {
        // creating both checked their configuration; nothing to keep
    }

    @OnStart
    void started() {
        // the check happened when the container created this singleton's dependencies
    }
}

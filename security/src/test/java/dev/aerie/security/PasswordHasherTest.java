package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Argon2id hashing, verification, and rehash when the configured parameters change. */
class PasswordHasherTest {
    /** Small parameters keep the tests fast; the defaults are tested once. */
    private static final PasswordSettings SMALL = new PasswordSettings(1024, 1, 1, 32, 16);
    private final PasswordHasher hasher = PasswordHasher.argon2id(SMALL);

    @Test
    void hashesAndVerifies() {
        String hash = hasher.hash("correct horse battery staple");
        assertTrue(hash.startsWith("$argon2id$v=19$m=1024,t=1,p=1$"), hash);
        assertTrue(hasher.verify("correct horse battery staple", hash));
        assertFalse(hasher.verify("correct horse battery stapl", hash));
        assertFalse(hasher.verify("", hash));
        assertNotEquals(hash, hasher.hash("correct horse battery staple"), "a new salt every time");
        assertFalse(hash.contains("correct horse"));
    }

    @Test
    void noHashMatchesNothingAfterTheSameWork() {
        String hash = hasher.hash("pw");
        assertTrue(hasher.verify("pw", java.util.Optional.of(hash)));
        assertFalse(hasher.verify("pw", java.util.Optional.empty()));
        assertFalse(hasher.verify("", java.util.Optional.empty()), "the dummy hash is of a random password");
    }

    @Test
    void theDefaultsAreOwasps() {
        PasswordHasher defaults = PasswordHasher.argon2id(PasswordSettings.from(AerieConfig.of(Map.of())));
        String hash = defaults.hash("pw");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(defaults.verify("pw", hash));
        assertFalse(defaults.needsRehash(hash));
        assertEquals(PasswordSettings.defaults(), PasswordSettings.from(AerieConfig.of(Map.of())));
    }

    @Test
    void aHashItCannotReadMatchesNothing() {
        for (String hash : new String[] {"", "plain", "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy",
                "$argon2id$v=19$m=1024,t=1,p=1$!!!$???", "$argon2id$v=19$m=x$a$b", "$argon2id$"}) {
            assertFalse(hasher.verify("pw", hash), hash);
            assertTrue(hasher.needsRehash(hash), hash);
        }
        assertFalse(hasher.verify("pw", (String) null));
    }

    /** The login flow: verify with the old hash, then store a new one when the parameters changed. */
    @Test
    void needsRehashWhenTheConfiguredParametersChange() {
        String old = hasher.hash("pw");
        assertFalse(hasher.needsRehash(old));
        for (PasswordSettings changed : new PasswordSettings[] {
                new PasswordSettings(2048, 1, 1, 32, 16), new PasswordSettings(1024, 2, 1, 32, 16),
                new PasswordSettings(1024, 1, 2, 32, 16), new PasswordSettings(1024, 1, 1, 64, 16),
                new PasswordSettings(1024, 1, 1, 32, 32)}) {
            PasswordHasher stronger = PasswordHasher.argon2id(changed);
            assertTrue(stronger.verify("pw", old), "old hashes still verify: " + changed);
            assertTrue(stronger.needsRehash(old), changed.toString());
            String rehashed = stronger.hash("pw");
            assertFalse(stronger.needsRehash(rehashed), changed.toString());
            assertTrue(stronger.verify("pw", rehashed));
        }
    }

    @Test
    void parametersComeFromConfigurationAndBadOnesNameTheirKey() {
        assertEquals(new PasswordSettings(4096, 3, 2, 32, 16), PasswordSettings.from(AerieConfig.of(Map.of(
                "security.password.memory", "4096", "security.password.iterations", "3", "security.password.parallelism", "2"))));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> PasswordSettings.from(AerieConfig.of(Map.of("security.password.iterations", "0"))));
        assertEquals("Configuration key 'security.password.iterations' must be between 1 and 100, but is 0"
                + " (environment variable SECURITY_PASSWORD_ITERATIONS).", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> PasswordSettings.from(AerieConfig.of(Map.of("security.password.memory", "4"))));
    }
}

package dev.aerie.security;

import dev.aerie.runtime.config.AerieConfig;

/**
 * Argon2id parameters, {@code security.password.*}. The defaults are OWASP's (2025) first
 * recommendation: 19 MiB of memory, 2 iterations, 1 lane.
 *
 * @param memoryKib   {@code security.password.memory}: memory per hash in KiB (default 19456)
 * @param iterations  {@code security.password.iterations}: passes over the memory (default 2)
 * @param parallelism {@code security.password.parallelism}: lanes (default 1)
 * @param hashLength  {@code security.password.hash-length}: bytes of output (default 32)
 * @param saltLength  {@code security.password.salt-length}: bytes of random salt (default 16)
 */
public record PasswordSettings(int memoryKib, int iterations, int parallelism, int hashLength, int saltLength) {
    public PasswordSettings {
        check("security.password.parallelism", parallelism, 1, 64);
        check("security.password.memory", memoryKib, 8 * parallelism, 4 * 1024 * 1024);
        check("security.password.iterations", iterations, 1, 100);
        check("security.password.hash-length", hashLength, 16, 1024);
        check("security.password.salt-length", saltLength, 8, 1024);
    }

    /** OWASP's defaults. */
    public static PasswordSettings defaults() {
        return new PasswordSettings(19456, 2, 1, 32, 16);
    }

    /** Reads {@code security.password.*}, falling back to {@link #defaults()}. */
    public static PasswordSettings from(AerieConfig config) {
        PasswordSettings d = defaults();
        return new PasswordSettings(
                config.getInt("security.password.memory", d.memoryKib()),
                config.getInt("security.password.iterations", d.iterations()),
                config.getInt("security.password.parallelism", d.parallelism()),
                config.getInt("security.password.hash-length", d.hashLength()),
                config.getInt("security.password.salt-length", d.saltLength()));
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw JwtSettings.fail(key, "must be between " + min + " and " + max + ", but is " + value);
        }
    }
}

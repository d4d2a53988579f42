package dev.aerie.security;

/**
 * Hashes passwords for storage and checks them at login. The hash is one string that names its
 * algorithm and parameters (such as {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so stored
 * hashes stay verifiable after the configured parameters change; {@link #needsRehash} says when to
 * store a new one (at the next successful login, when the password is at hand).
 */
public interface PasswordHasher {
    /** A new salted hash of {@code password}. */
    String hash(CharSequence password);

    /**
     * Whether {@code password} matches {@code hash}, compared in constant time. False, never an
     * exception, for a hash this hasher cannot read.
     */
    boolean verify(CharSequence password, String hash);

    /**
     * Whether {@code password} matches {@code hash}; when there is no hash (no such user), false
     * after the same work as a real verification, so the answer's timing does not tell a client
     * which user names exist.
     */
    boolean verify(CharSequence password, java.util.Optional<String> hash);

    /** Whether {@code hash} was made with other parameters than the configured ones (or cannot be read). */
    boolean needsRehash(String hash);

    /** Argon2id with {@code settings}. */
    static PasswordHasher argon2id(PasswordSettings settings) {
        return new Argon2PasswordHasher(settings);
    }
}

package dev.aerie.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Argon2id through password4j. Verification reads the parameters from the stored hash, so old
 * hashes keep working; password4j compares the digests in constant time ({@code slowEquals}).
 */
final class Argon2PasswordHasher implements PasswordHasher {
    private static final String PREFIX = "$argon2id$";

    private final PasswordSettings settings;
    private final Argon2Function function;
    private final SecureRandom random = new SecureRandom();
    /** What {@link #verify(CharSequence, Optional)} checks when there is no hash; a race makes two, which is harmless. */
    private volatile String dummy;

    Argon2PasswordHasher(PasswordSettings settings) {
        this.settings = settings;
        this.function = Argon2Function.getInstance(settings.memoryKib(), settings.iterations(), settings.parallelism(),
                settings.hashLength(), Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    }

    @Override
    public String hash(CharSequence password) {
        byte[] salt = new byte[settings.saltLength()];
        random.nextBytes(salt);
        return Password.hash(password).addSalt(salt).with(function).getResult();
    }

    @Override
    public boolean verify(CharSequence password, String hash) {
        if (hash == null || !hash.startsWith(PREFIX)) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(hash).check(password, hash);
        } catch (RuntimeException e) {
            return false; // a damaged hash matches no password
        }
    }

    @Override
    public boolean verify(CharSequence password, Optional<String> hash) {
        if (hash.isPresent()) {
            return verify(password, hash.get());
        }
        verify(password, dummy()); // the same cost as a user's hash, and always false
        return false;
    }

    /** A hash of a random password with the configured parameters, made on first need (not at start). */
    private String dummy() {
        String hash = dummy;
        if (hash == null) {
            byte[] random = new byte[16];
            this.random.nextBytes(random);
            hash = hash(Base64.getEncoder().encodeToString(random));
            dummy = hash;
        }
        return hash;
    }

    @Override
    public boolean needsRehash(String hash) {
        if (hash == null || !hash.startsWith(PREFIX)) {
            return true;
        }
        try {
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            String[] parts = hash.split("\\$");
            // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
            int saltLength = Base64.getDecoder().decode(pad(parts[4])).length;
            int hashLength = Base64.getDecoder().decode(pad(parts[5])).length;
            return stored.getMemory() != settings.memoryKib()
                    || stored.getIterations() != settings.iterations()
                    || stored.getParallelism() != settings.parallelism()
                    || stored.getVersion() != Argon2Function.ARGON2_VERSION_13
                    || hashLength != settings.hashLength()
                    || saltLength != settings.saltLength();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static String pad(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }

    @Override
    public String toString() {
        return "Argon2PasswordHasher" + settings;
    }
}

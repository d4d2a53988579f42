package dev.aerie.security;

import dev.aerie.runtime.config.AerieConfig;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code security.jwt.*} configuration, checked when it is read: a missing or short HS256
 * secret, a key that does not parse or does not fit the algorithm, a clock skew that is not small
 * fail with an {@link IllegalStateException} naming the key. The secret and private key are kept
 * here only; {@link #toString()} never shows them.
 */
public final class JwtSettings {
    /** The shortest HS256 secret accepted, in bytes: RFC 7518 §3.2 wants a key as long as the hash. */
    static final int MIN_SECRET_BYTES = 32;
    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    private final JwtAlgorithm algorithm;
    private final Optional<byte[]> secret;
    private final Optional<PublicKey> publicKey;
    private final Optional<PrivateKey> privateKey;
    private final String scheme;
    private final Optional<String> realm;
    private final Optional<String> issuer;
    private final List<String> audience;
    private final Duration ttl;
    private final Duration clockSkew;
    private final int maxLength;
    private final String rolesClaim;

    private JwtSettings(JwtAlgorithm algorithm, Optional<byte[]> secret, Optional<PublicKey> publicKey,
                        Optional<PrivateKey> privateKey, String scheme, Optional<String> realm, Optional<String> issuer,
                        List<String> audience, Duration ttl, Duration clockSkew, int maxLength, String rolesClaim) {
        this.algorithm = algorithm;
        this.secret = secret;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
        this.scheme = scheme;
        this.realm = realm;
        this.issuer = issuer;
        this.audience = audience;
        this.ttl = ttl;
        this.clockSkew = clockSkew;
        this.maxLength = maxLength;
        this.rolesClaim = rolesClaim;
    }

    /** Reads {@code security.jwt.*} from {@code config}; fails naming the key that is missing or wrong. */
    public static JwtSettings from(AerieConfig config) {
        JwtAlgorithm algorithm = JwtAlgorithm.named(config.get("security.jwt.algorithm", "HS256"));
        Optional<byte[]> secret = Optional.empty();
        Optional<PublicKey> publicKey = Optional.empty();
        Optional<PrivateKey> privateKey = Optional.empty();
        if (algorithm == JwtAlgorithm.HS256) {
            secret = Optional.of(secret(config));
        } else {
            String pem = config.get("security.jwt.public-key").filter(v -> !v.isBlank()).orElseThrow(() -> fail(
                    "security.jwt.public-key", "is not set, and " + algorithm + " verifies with a public key."
                            + " Set it to the PEM text of the key (-----BEGIN PUBLIC KEY----- ...)"));
            publicKey = Optional.of(PemKeys.publicKey(pem, algorithm, "security.jwt.public-key"));
            privateKey = config.get("security.jwt.private-key").filter(v -> !v.isBlank())
                    .map(v -> PemKeys.privateKey(v, algorithm, "security.jwt.private-key"));
        }
        String scheme = config.get("security.jwt.scheme", "Bearer").trim();
        if (scheme.isEmpty() || !scheme.chars().allMatch(JwtSettings::isTokenChar)) {
            throw fail("security.jwt.scheme", "must be one word such as Bearer or Token, but is '" + scheme + "'");
        }
        Duration ttl = config.getDuration("security.jwt.ttl", Duration.ofHours(1));
        if (ttl.isNegative() || ttl.isZero()) {
            throw fail("security.jwt.ttl", "must be positive, but is " + ttl);
        }
        Duration skew = config.getDuration("security.jwt.clock-skew", Duration.ofSeconds(30));
        if (skew.isNegative() || skew.compareTo(MAX_CLOCK_SKEW) > 0) {
            throw fail("security.jwt.clock-skew", "must be between 0s and 5m (it forgives clocks that differ a"
                    + " little, not expired tokens), but is " + skew);
        }
        int maxLength = config.getInt("security.jwt.max-length", 8192);
        if (maxLength < 256) {
            throw fail("security.jwt.max-length", "must be at least 256 characters, but is " + maxLength);
        }
        return new JwtSettings(algorithm, secret, publicKey, privateKey, scheme,
                config.get("security.jwt.realm").filter(v -> !v.isBlank()),
                config.get("security.jwt.issuer").filter(v -> !v.isBlank()),
                config.getList("security.jwt.audience"), ttl, skew, maxLength,
                config.get("security.jwt.roles-claim", "roles").trim());
    }

    private static byte[] secret(AerieConfig config) {
        String value = config.get("security.jwt.secret").orElseThrow(() -> fail("security.jwt.secret",
                "is not set, and HS256 signs and verifies tokens with it. Set it to at least " + MIN_SECRET_BYTES
                        + " random bytes, for example the output of: openssl rand -base64 48"));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            // the length is said, never the value
            throw fail("security.jwt.secret", "is " + bytes.length + " bytes long; HS256 needs at least "
                    + MIN_SECRET_BYTES + ". Use a longer random value, for example the output of: openssl rand -base64 48");
        }
        return bytes;
    }

    static IllegalStateException fail(String key, String problem) {
        return new IllegalStateException("Configuration key '" + key + "' " + problem + " (environment variable "
                + key.toUpperCase(Locale.ROOT).replace("-", "_DASH_").replace('.', '_') + ").");
    }

    private static boolean isTokenChar(int c) {
        return c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }

    JwtAlgorithm algorithm() {
        return algorithm;
    }

    Optional<byte[]> secret() {
        return secret;
    }

    Optional<PublicKey> publicKey() {
        return publicKey;
    }

    Optional<PrivateKey> privateKey() {
        return privateKey;
    }

    /** The word before the token in {@code Authorization}: {@code Bearer} unless {@code security.jwt.scheme} says otherwise. */
    public String scheme() {
        return scheme;
    }

    /** The realm named in {@code WWW-Authenticate}, if {@code security.jwt.realm} is set. */
    public Optional<String> realm() {
        return realm;
    }

    /** The issuer tokens carry and must carry ({@code security.jwt.issuer}), if set. */
    public Optional<String> issuer() {
        return issuer;
    }

    /** The audiences issued tokens name; a verified token must name one of them. Empty: not checked. */
    public List<String> audience() {
        return audience;
    }

    /** How long an issued token is valid ({@code security.jwt.ttl}, default 1h). */
    public Duration ttl() {
        return ttl;
    }

    /** How far clocks may differ when expiry and not-before are checked ({@code security.jwt.clock-skew}, default 30s). */
    public Duration clockSkew() {
        return clockSkew;
    }

    /** The claim holding a token's roles, for {@link RolesAllowed} ({@code security.jwt.roles-claim}, default {@code roles}). */
    public String rolesClaim() {
        return rolesClaim;
    }

    /** The longest token read; longer ones are rejected unparsed ({@code security.jwt.max-length}, default 8192). */
    public int maxLength() {
        return maxLength;
    }

    /** Whether tokens can be issued: HS256, or a private key is configured. */
    public boolean canIssue() {
        return secret.isPresent() || privateKey.isPresent();
    }

    /** The settings without key material. */
    @Override
    public String toString() {
        return "JwtSettings[algorithm=" + algorithm + ", scheme=" + scheme + ", realm=" + realm.orElse("-")
                + ", issuer=" + issuer.orElse("-") + ", audience=" + audience + ", ttl=" + ttl + ", clockSkew=" + clockSkew
                + ", maxLength=" + maxLength + ", canIssue=" + canIssue() + "]";
    }

    /** The signature algorithms Aerie accepts; exactly one is configured, every other is rejected. */
    enum JwtAlgorithm {
        HS256, RS256, ES256;

        static JwtAlgorithm named(String name) {
            for (JwtAlgorithm algorithm : values()) {
                if (algorithm.name().equalsIgnoreCase(name.trim())) {
                    return algorithm;
                }
            }
            throw fail("security.jwt.algorithm", "must be HS256, RS256 or ES256, but is '" + name + "'");
        }
    }
}

package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.http.HttpException;
import dev.aerie.runtime.config.AerieConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** {@code security.jwt.*}: defaults, start-up failures naming the key, and secrets kept out of every text. */
class JwtSettingsTest {

    private static IllegalStateException failure(Map<String, String> values) {
        return assertThrows(IllegalStateException.class, () -> JwtSettings.from(AerieConfig.of(values)));
    }

    @Test
    void defaults() {
        JwtSettings settings = JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", TokenServiceTest.SECRET)));
        assertEquals("Bearer", settings.scheme());
        assertEquals(Duration.ofHours(1), settings.ttl());
        assertEquals(Duration.ofSeconds(30), settings.clockSkew());
        assertEquals(Optional.empty(), settings.issuer());
        assertEquals(List.of(), settings.audience());
        assertEquals(8192, settings.maxLength());
        assertTrue(settings.canIssue());
    }

    @Test
    void aMissingSecretFailsNamingTheKey() {
        assertEquals("Configuration key 'security.jwt.secret' is not set, and HS256 signs and verifies tokens with it."
                + " Set it to at least 32 random bytes, for example the output of: openssl rand -base64 48 (environment"
                + " variable SECURITY_JWT_SECRET).",
                failure(Map.of()).getMessage());
    }

    @Test
    void aShortSecretFailsNamingTheKeyButNotTheValue() {
        String shortSecret = "only-31-bytes-long-secret-value";
        assertEquals(31, shortSecret.length());
        IllegalStateException e = failure(Map.of("security.jwt.secret", shortSecret));
        assertEquals("Configuration key 'security.jwt.secret' is 31 bytes long; HS256 needs at least 32. Use a longer"
                + " random value, for example the output of: openssl rand -base64 48 (environment variable"
                + " SECURITY_JWT_SECRET).", e.getMessage());
        assertFalse(e.getMessage().contains(shortSecret));
        JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", shortSecret + "!"))); // 32 bytes is enough
    }

    @Test
    void otherBadSettingsFailNamingTheirKey() {
        String secret = TokenServiceTest.SECRET;
        assertTrue(failure(Map.of("security.jwt.algorithm", "HS512", "security.jwt.secret", secret)).getMessage()
                .startsWith("Configuration key 'security.jwt.algorithm' must be HS256, RS256 or ES256, but is 'HS512'"));
        assertTrue(failure(Map.of("security.jwt.algorithm", "RS256")).getMessage()
                .startsWith("Configuration key 'security.jwt.public-key' is not set, and RS256 verifies with a public key."));
        assertTrue(failure(Map.of("security.jwt.algorithm", "RS256", "security.jwt.public-key", "not pem")).getMessage()
                .startsWith("Configuration key 'security.jwt.public-key' must be PEM text between -----BEGIN PUBLIC KEY-----"));
        assertTrue(failure(Map.of("security.jwt.algorithm", "RS256", "security.jwt.public-key", Keys.publicPem(Keys.EC)))
                .getMessage().startsWith("Configuration key 'security.jwt.public-key' is not an RSA public key in PEM"));
        assertTrue(failure(Map.of("security.jwt.algorithm", "RS256", "security.jwt.public-key",
                Keys.publicPem(Keys.generate("RSA", 1024)))).getMessage()
                .startsWith("Configuration key 'security.jwt.public-key' is an RSA key of 1024 bits; RS256 needs at least 2048"));
        assertTrue(failure(Map.of("security.jwt.algorithm", "ES256", "security.jwt.public-key", Keys.publicPem(Keys.EC),
                "security.jwt.private-key", Keys.privatePem(Keys.RSA))).getMessage()
                .startsWith("Configuration key 'security.jwt.private-key' is not an EC (P-256) private key in PEM"));
        assertTrue(failure(Map.of("security.jwt.secret", secret, "security.jwt.clock-skew", "1h")).getMessage()
                .startsWith("Configuration key 'security.jwt.clock-skew' must be between 0s and 5m"));
        assertTrue(failure(Map.of("security.jwt.secret", secret, "security.jwt.ttl", "0s")).getMessage()
                .startsWith("Configuration key 'security.jwt.ttl' must be positive"));
        assertTrue(failure(Map.of("security.jwt.secret", secret, "security.jwt.scheme", "Bearer Token")).getMessage()
                .startsWith("Configuration key 'security.jwt.scheme' must be one word"));
    }

    /** The secret and the private key appear in no toString, no exception message and no log record. */
    @Test
    void secretsAppearInNoTextAndNoLog() {
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override public void publish(LogRecord record) { records.add(record); }
            @Override public void flush() {}
            @Override public void close() {}
        };
        Logger root = Logger.getLogger("");
        Level level = root.getLevel();
        root.addHandler(handler);
        root.setLevel(Level.ALL);
        List<String> texts = new ArrayList<>();
        String privatePem = Keys.privatePem(Keys.RSA);
        String privateBody = privatePem.split("\n")[1];
        try {
            TokenService hs = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", TokenServiceTest.SECRET))));
            TokenService rs = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.algorithm", "RS256",
                    "security.jwt.public-key", Keys.publicPem(Keys.RSA), "security.jwt.private-key", privatePem))));
            for (TokenService service : List.of(hs, rs)) {
                texts.add(service.toString());
                texts.add(service.settings().toString());
                for (String bad : List.of("Bearer x.y.z", "Bearer " + hs.issue("a") + "x", "Bearer " + rs.issue("a") + "x", "Basic a", "Bearer")) {
                    try {
                        service.verify(bad);
                    } catch (HttpException e) {
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            texts.add(String.valueOf(t.getMessage()));
                        }
                        texts.add(e.headers().toString());
                        texts.add(e.members().toString());
                    }
                }
            }
            texts.add(failure(Map.of("security.jwt.algorithm", "ES256", "security.jwt.public-key", Keys.publicPem(Keys.EC),
                    "security.jwt.private-key", privatePem)).getMessage());
            texts.add(failure(Map.of("security.jwt.secret", TokenServiceTest.SECRET.substring(0, 20))).getMessage());
        } finally {
            root.removeHandler(handler);
            root.setLevel(level);
        }
        for (LogRecord record : records) {
            texts.add(record.getMessage());
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    texts.add(String.valueOf(parameter));
                }
            }
        }
        for (String text : texts) {
            assertFalse(text.contains(TokenServiceTest.SECRET.substring(0, 20)), text);
            assertFalse(text.contains(privateBody), text);
        }
        assertTrue(texts.size() > 20, "the texts were collected");
    }
}

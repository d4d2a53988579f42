package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.aerie.api.http.HttpException;
import dev.aerie.runtime.config.AerieConfig;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Every token the service must refuse is a 401 with an RFC 6750 challenge, and nothing else. */
class TokenServiceTest {
    static final String SECRET = "s3cret-that-is-long-enough-for-hs256!";
    private static final String CHALLENGE = "Bearer realm=\"aerie\", error=\"invalid_token\", error_description=\"";

    private final TokenService tokens = service(Map.of());

    static TokenService service(Map<String, String> extra) {
        return new TokenService(settings(extra));
    }

    static JwtSettings settings(Map<String, String> extra) {
        Map<String, String> values = new HashMap<>(Map.of("security.jwt.secret", SECRET, "security.jwt.realm", "aerie"));
        values.putAll(extra);
        return JwtSettings.from(AerieConfig.of(values));
    }

    /** The 401 that {@code authorization} gives; fails if the token is accepted or anything else is thrown. */
    static HttpException rejected(TokenService service, String authorization) {
        try {
            service.verify(authorization);
        } catch (HttpException e) {
            assertEquals(401, e.status());
            assertTrue(e.headers().containsKey("WWW-Authenticate"), e.headers().toString());
            return e;
        }
        return fail("accepted: " + authorization);
    }

    static void assertInvalidToken(TokenService service, String authorization, String description) {
        HttpException e = rejected(service, authorization);
        assertEquals(description, e.detail().orElseThrow());
        assertEquals(CHALLENGE + description + "\"", e.headers().get("WWW-Authenticate"));
    }

    static String sign(JWSSigner signer, JWSAlgorithm algorithm, JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().subject("ada")
                .issueTime(java.util.Date.from(now))
                .expirationTime(java.util.Date.from(now.plusSeconds(600)));
    }

    static String hs256(JWTClaimsSet claims) {
        try {
            return sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void issuesAndVerifiesAToken() {
        String token = tokens.issue("ada", Map.of("role", "admin", "groups", List.of("a", "b")));
        VerifiedToken verified = tokens.verify("Bearer " + token);
        assertEquals("ada", verified.subject());
        assertEquals(Optional.of("admin"), verified.stringClaim("role"));
        assertEquals(List.of("a", "b"), verified.claim("groups").orElseThrow());
        assertEquals(token, verified.token());
        assertTrue(verified.expiresAt().isAfter(Instant.now().plus(Duration.ofMinutes(59))));
        assertFalse(verified.toString().contains(token), "the token is a credential: not in toString");
        assertEquals("ada", tokens.verify(Optional.of("bearer   " + token + " ")).subject(), "the scheme ignores case");
    }

    @Test
    void theSchemeWordIsConfigurable() {
        TokenService realWorld = service(Map.of("security.jwt.scheme", "Token"));
        String token = realWorld.issue("jake");
        assertEquals("jake", realWorld.verify("Token " + token).subject());
        HttpException bearer = rejected(realWorld, "Bearer " + token);
        assertEquals("Token realm=\"aerie\"", bearer.headers().get("WWW-Authenticate"));
        assertEquals("the Authorization header must be: Token <token>", bearer.detail().orElseThrow());
    }

    @Test
    void aMissingHeaderOrAnotherSchemeIsAChallengeWithoutErrorCode() {
        HttpException missing = assertThrows(HttpException.class, () -> tokens.verify(Optional.empty()));
        assertEquals(401, missing.status());
        assertEquals("Bearer realm=\"aerie\"", missing.headers().get("WWW-Authenticate"));
        assertEquals("this request needs an Authorization header: Bearer <token>", missing.detail().orElseThrow());
        assertEquals("Bearer realm=\"aerie\"", rejected(tokens, "Basic YWRhOmxvdmVsYWNl").headers().get("WWW-Authenticate"));
        assertEquals("Bearer realm=\"aerie\"", rejected(tokens, "").headers().get("WWW-Authenticate"));
        assertEquals("Bearer", rejected(new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", SECRET)))),
                "Basic x").headers().get("WWW-Authenticate"), "no realm configured: the scheme alone");
        assertInvalidToken(tokens, "Bearer", "there is no token after Bearer");
        assertInvalidToken(tokens, "Bearer    ", "there is no token after Bearer");
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = tokens.issue("ada").split("\\.");
        String otherPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"sub\":\"admin\",\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        assertInvalidToken(tokens, "Bearer " + parts[0] + "." + otherPayload + "." + parts[2], "the token's signature is not valid");
        char last = parts[2].charAt(0);
        String flipped = (last == 'A' ? 'B' : 'A') + parts[2].substring(1);
        assertInvalidToken(tokens, "Bearer " + parts[0] + "." + parts[1] + "." + flipped, "the token's signature is not valid");
        String otherKey = service(Map.of("security.jwt.secret", "another-secret-that-is-long-enough-too")).issue("ada");
        assertInvalidToken(tokens, "Bearer " + otherKey, "the token's signature is not valid");
        assertInvalidToken(tokens, "Bearer " + parts[0] + "." + parts[1] + ".", "the token is not a well-formed JWT");
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = b64("{\"alg\":\"none\"}") + "." + b64("{\"sub\":\"admin\",\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}") + ".";
        assertInvalidToken(tokens, "Bearer " + none, "unsigned tokens (alg none) are not accepted");
        String noneWithSignature = none + tokens.issue("ada").split("\\.")[2];
        assertInvalidToken(tokens, "Bearer " + noneWithSignature, "the token is not a well-formed JWT");
        String noneUpper = b64("{\"alg\":\"NONE\"}") + "." + b64("{\"sub\":\"admin\"}") + ".";
        assertEquals(401, rejected(tokens, "Bearer " + noneUpper).status());
    }

    @Test
    void anHs256TokenSignedWithTheRsaPublicKeyIsRefused() throws JOSEException {
        String pem = Keys.publicPem(Keys.RSA);
        TokenService rs = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.algorithm", "RS256",
                "security.jwt.public-key", pem, "security.jwt.realm", "aerie"))));
        // the classic confusion: the attacker knows the public key and uses it as an HMAC secret
        String forged = sign(new MACSigner(pem.getBytes(StandardCharsets.UTF_8)), JWSAlgorithm.HS256, claims().build());
        assertInvalidToken(rs, "Bearer " + forged, "the token is signed with HS256, but only RS256 is accepted");
        String forgedDer = sign(new MACSigner(Keys.RSA.getPublic().getEncoded()), JWSAlgorithm.HS256, claims().build());
        assertInvalidToken(rs, "Bearer " + forgedDer, "the token is signed with HS256, but only RS256 is accepted");
        // and the other way: an HS256 service is not fooled by an RS256 token
        String rsToken = sign(new RSASSASigner(Keys.RSA.getPrivate()), JWSAlgorithm.RS256, claims().build());
        assertEquals("ada", rs.verify("Bearer " + rsToken).subject());
        assertInvalidToken(tokens, "Bearer " + rsToken, "the token is signed with RS256, but only HS256 is accepted");
        String es = sign(new ECDSASigner((ECPrivateKey) Keys.EC.getPrivate()), JWSAlgorithm.ES256, claims().build());
        assertInvalidToken(rs, "Bearer " + es, "the token is signed with ES256, but only RS256 is accepted");
    }

    @Test
    void anAlgorithmNameFromTheClientIsRepeatedOnlyWhenShortAndPlain() {
        String header = b64("{\"alg\":\"HS256\\\" , x=\\r\\nSet-Cookie: a\"}");
        assertInvalidToken(tokens, "Bearer " + header + "." + b64("{}") + ".abc",
                "the token is signed with another algorithm, but only HS256 is accepted");
        assertInvalidToken(tokens, "Bearer " + b64("{\"alg\":\"PS256\"}") + "." + b64("{}") + ".abc",
                "the token is signed with PS256, but only HS256 is accepted");
    }

    @Test
    void rs256AndEs256IssueAndVerifyWithKeysFromConfiguration() {
        for (var entry : Map.of("RS256", Keys.RSA, "ES256", Keys.EC).entrySet()) {
            TokenService signing = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.algorithm", entry.getKey(),
                    "security.jwt.public-key", Keys.publicPem(entry.getValue()),
                    "security.jwt.private-key", Keys.privatePem(entry.getValue())))));
            String token = signing.issue("grace");
            assertEquals("grace", signing.verify("Bearer " + token).subject(), entry.getKey());
            TokenService verifying = new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.algorithm", entry.getKey(),
                    "security.jwt.public-key", Keys.publicPem(entry.getValue())))));
            assertEquals("grace", verifying.verify("Bearer " + token).subject(), "the public key alone verifies");
            IllegalStateException cannot = assertThrows(IllegalStateException.class, () -> verifying.issue("grace"));
            assertEquals("this application verifies " + entry.getKey() + " tokens but cannot issue them: set"
                    + " security.jwt.private-key", cannot.getMessage());
        }
    }

    @Test
    void expiryAndNotBeforeAllowTheConfiguredClockSkewOnly() {
        Instant now = Instant.now();
        TokenService twoHoursAgo = new TokenService(settings(Map.of()), Clock.fixed(now.minus(Duration.ofHours(2)), ZoneOffset.UTC));
        assertInvalidToken(tokens, "Bearer " + twoHoursAgo.issue("ada"), "the token expired");

        TokenService issuedNow = new TokenService(settings(Map.of()), Clock.fixed(now, ZoneOffset.UTC));
        String tenSeconds = issuedNow.issue("ada", Map.of(), Duration.ofSeconds(10));
        TokenService in30s = new TokenService(settings(Map.of()), Clock.fixed(now.plusSeconds(30), ZoneOffset.UTC));
        assertEquals("ada", in30s.verify("Bearer " + tenSeconds).subject(), "expired 20 s ago: within the 30 s skew");
        TokenService in60s = new TokenService(settings(Map.of("security.jwt.clock-skew", "5s")), Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC));
        assertInvalidToken(in60s, "Bearer " + tenSeconds, "the token expired");

        String later = hs256(claims().notBeforeTime(java.util.Date.from(now.plus(Duration.ofMinutes(5)))).build());
        assertInvalidToken(tokens, "Bearer " + later, "the token is not valid yet");
        String soon = hs256(claims().notBeforeTime(java.util.Date.from(now.plusSeconds(10))).build());
        assertEquals("ada", tokens.verify("Bearer " + soon).subject(), "valid in 10 s: within the skew");
    }

    @Test
    void issuerAndAudienceAreChecked() {
        Map<String, String> conf = Map.of("security.jwt.issuer", "https://aerie.dev", "security.jwt.audience", "api, admin");
        TokenService service = service(conf);
        VerifiedToken own = service.verify("Bearer " + service.issue("ada"));
        assertEquals(Optional.of("https://aerie.dev"), own.issuer());
        assertEquals(List.of("api", "admin"), own.audience());

        String otherIssuer = service(Map.of("security.jwt.issuer", "https://evil.example", "security.jwt.audience", "api")).issue("ada");
        assertInvalidToken(service, "Bearer " + otherIssuer, "the token's issuer is not accepted");
        String otherAudience = service(Map.of("security.jwt.issuer", "https://aerie.dev", "security.jwt.audience", "billing")).issue("ada");
        assertInvalidToken(service, "Bearer " + otherAudience, "the token's audience is not accepted");
        String oneOfThem = service(Map.of("security.jwt.issuer", "https://aerie.dev", "security.jwt.audience", "admin")).issue("ada");
        assertEquals("ada", service.verify("Bearer " + oneOfThem).subject(), "one accepted audience is enough");
        assertInvalidToken(service, "Bearer " + tokens.issue("ada"), "the token's audience is not accepted");
        TokenService issuerOnly = service(Map.of("security.jwt.issuer", "https://aerie.dev"));
        assertInvalidToken(issuerOnly, "Bearer " + tokens.issue("ada"), "the token lacks claims: [iss]");
    }

    @Test
    void aTokenOfAnotherTypeOrWithUnknownCriticalHeadersIsRefused() throws JOSEException {
        MACSigner signer = new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8));
        SignedJWT typed = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(new com.nimbusds.jose.JOSEObjectType("at+jwt"))
                .build(), claims().build());
        typed.sign(signer);
        assertInvalidToken(tokens, "Bearer " + typed.serialize(), "the token's type is not JWT");
        SignedJWT critical = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).criticalParams(java.util.Set.of("x-must"))
                .customParam("x-must", true).build(), claims().build());
        critical.sign(signer);
        assertInvalidToken(tokens, "Bearer " + critical.serialize(), "the token's signature is not valid");
    }

    @Test
    void aTokenNeedsSubjectAndExpiry() {
        assertInvalidToken(tokens, "Bearer " + hs256(claims().subject(null).build()), "the token lacks claims: [sub]");
        assertInvalidToken(tokens, "Bearer " + hs256(claims().expirationTime(null).build()), "the token lacks claims: [exp]");
        assertInvalidToken(tokens, "Bearer " + hs256(claims().subject(" ").build()), "the token has no subject");
    }

    @Test
    void malformedTokensAreRefused() {
        for (String token : List.of("abc", "a.b", "a.b.c.d", "%%%.%%%.%%%", "e30.e30.!!!", b64("{\"alg\":\"HS256\"}") + ".***." + "abc",
                b64("[1,2]") + "." + b64("{}") + ".abc", b64("{\"alg\":\"HS256\"}") + "." + b64("not json") + ".abc",
                b64("{\"alg\":\"HS256\",\"crit\":[\"exp\"]}") + "." + b64("{}") + ".abc", "...", "\u0000\u0001.\u00ff.x")) {
            assertEquals(401, rejected(tokens, "Bearer " + token).status(), token);
        }
        assertInvalidToken(tokens, "Bearer abc", "the token is not a well-formed JWT");
        assertInvalidToken(tokens, "Bearer %%%.%%%.%%%", "the token is not a well-formed JWT");
    }

    @Test
    void aTenKilobyteGarbageHeaderIsRefused() {
        Random random = new Random(13);
        StringBuilder garbage = new StringBuilder();
        while (garbage.length() < 10_240) {
            garbage.append((char) (33 + random.nextInt(94)));
        }
        assertInvalidToken(tokens, "Bearer " + garbage, "the token is longer than 8192 characters");
        assertEquals("Bearer realm=\"aerie\"", rejected(tokens, garbage.toString()).headers().get("WWW-Authenticate"));
        TokenService roomy = service(Map.of("security.jwt.max-length", "20000"));
        assertInvalidToken(roomy, "Bearer " + garbage, "the token is not a well-formed JWT");
        String dotted = (b64("{\"alg\":\"HS256\"}") + "." + "A".repeat(5000) + "." + "B".repeat(5000));
        assertEquals(401, rejected(roomy, "Bearer " + dotted).status());
    }

    /** Thousands of one-character changes of a good token: each is a 401 or still the same token, never another exception. */
    @Test
    void mutatedTokensGiveOnly401s() {
        String token = tokens.issue("ada");
        Random random = new Random(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ %\"{}";
        for (int i = 0; i < 3000; i++) {
            StringBuilder mutated = new StringBuilder(token);
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                case 1 -> mutated.deleteCharAt(at);
                default -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                assertEquals("ada", tokens.verify("Bearer " + mutated).subject());
            } catch (HttpException e) {
                assertEquals(401, e.status());
            }
        }
    }

    @Test
    void issuingRefusesReservedClaimsAndBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> tokens.issue("ada", Map.of("exp", 1)));
        assertThrows(IllegalArgumentException.class, () -> tokens.issue(" "));
        assertThrows(IllegalArgumentException.class, () -> tokens.issue("ada", Map.of(), Duration.ZERO));
    }

    static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

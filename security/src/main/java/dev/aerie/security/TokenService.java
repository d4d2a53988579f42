package dev.aerie.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import dev.aerie.api.Injectable;
import dev.aerie.api.http.HttpException;
import jakarta.inject.Inject;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies the JWT in an {@code Authorization} header value ({@code Bearer <jwt>}, or the scheme
 * word configured in {@code security.jwt.scheme}) and issues tokens for login endpoints, with the
 * one algorithm and key of {@link JwtSettings}.
 *
 * <p>Every token that is not accepted — no header, another scheme, malformed, unsigned
 * ({@code alg: none}), signed with another algorithm or key, expired, not yet valid, for another
 * issuer or audience, too long — is an {@link HttpException} 401 with an RFC 6750
 * {@code WWW-Authenticate} header; {@link #verify} throws nothing else.
 */
@Injectable
public final class TokenService {
    /** {@code typ} must be {@code JWT} or absent, as nimbus's processor checks by default. */
    private static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPE = DefaultJOSEObjectTypeVerifier.JWT;

    /** Claims the service sets itself; {@link #issue(String, Map, Duration)} refuses them in {@code claims}. */
    private static final Set<String> RESERVED = Set.of("sub", "iss", "aud", "exp", "nbf", "iat", "jti");

    private final JwtSettings settings;
    private final Clock clock;
    private final Challenge challenge;
    private final JWSAlgorithm algorithm;
    private final JWSVerifier verifier;
    private final ClockedClaimsVerifier claimsVerifier;
    private final Optional<JWSSigner> signer;

    /** A service on the system clock. */
    @Inject
    public TokenService(JwtSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A service whose expiry checks and issue times follow {@code clock} (tests). */
    public TokenService(JwtSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.challenge = new Challenge(settings.scheme(), settings.realm());
        this.algorithm = JWSAlgorithm.parse(settings.algorithm().name());
        // one algorithm, one key, one verifier made once: a token naming another algorithm is refused before
        // any signature check (no HS/RS confusion). These are the steps of nimbus's DefaultJWTProcessor (type,
        // signature, claims) without its per-token key selection and verifier creation.
        this.verifier = verifier(settings);
        this.claimsVerifier = new ClockedClaimsVerifier(clock, settings.issuer(), settings.audience(),
                (int) settings.clockSkew().toSeconds());
        this.signer = signer(settings);
    }

    private static JWSVerifier verifier(JwtSettings settings) {
        try {
            return switch (settings.algorithm()) {
                case HS256 -> new MACVerifier(settings.secret().orElseThrow());
                case RS256 -> new RSASSAVerifier((RSAPublicKey) settings.publicKey().orElseThrow());
                case ES256 -> new ECDSAVerifier((ECPublicKey) settings.publicKey().orElseThrow());
            };
        } catch (JOSEException e) {
            throw JwtSettings.fail(settings.secret().isPresent() ? "security.jwt.secret" : "security.jwt.public-key",
                    "cannot verify " + settings.algorithm() + " tokens");
        }
    }

    private static Optional<JWSSigner> signer(JwtSettings settings) {
        try {
            if (settings.secret().isPresent()) {
                return Optional.of(new MACSigner(settings.secret().get()));
            }
            if (settings.privateKey().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(switch (settings.algorithm()) {
                case RS256 -> new RSASSASigner(settings.privateKey().get());
                case ES256 -> new ECDSASigner((ECPrivateKey) settings.privateKey().get());
                case HS256 -> throw new IllegalStateException("HS256 signs with the secret");
            });
        } catch (JOSEException e) {
            throw JwtSettings.fail(settings.secret().isPresent() ? "security.jwt.secret" : "security.jwt.private-key",
                    "cannot sign " + settings.algorithm() + " tokens");
        }
    }

    /** The settings this service works with (no key material). */
    public JwtSettings settings() {
        return settings;
    }

    /**
     * The token of an {@code Authorization} header that may be absent, as a handler receives it
     * with {@code @Header("Authorization") Optional<String> authorization}.
     *
     * @throws HttpException 401 with {@code WWW-Authenticate}, for a missing header or any token not accepted
     */
    public VerifiedToken verify(Optional<String> authorization) {
        return verify(authorization.orElseThrow(() -> challenge.missing("this request needs an Authorization header: "
                + settings.scheme() + " <token>")));
    }

    /**
     * The token of the {@code Authorization} header value {@code authorization}
     * ({@code <scheme> <jwt>}; the scheme word is compared ignoring case).
     *
     * @throws HttpException 401 with {@code WWW-Authenticate}, for any value that is not an accepted token
     */
    public VerifiedToken verify(String authorization) {
        String value = authorization.strip();
        int space = value.indexOf(' ');
        String scheme = space < 0 ? value : value.substring(0, space);
        if (!scheme.equalsIgnoreCase(settings.scheme())) {
            throw challenge.missing("the Authorization header must be: " + settings.scheme() + " <token>");
        }
        String token = space < 0 ? "" : value.substring(space + 1).strip();
        if (token.isEmpty()) {
            throw challenge.invalidToken("there is no token after " + settings.scheme());
        }
        if (token.length() > settings.maxLength()) {
            throw challenge.invalidToken("the token is longer than " + settings.maxLength() + " characters");
        }
        return verifyToken(token);
    }

    /** A compact JWT on its own (no scheme word), for tokens that do not come in {@code Authorization}. */
    public VerifiedToken verifyToken(String token) {
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            throw challenge.invalidToken("the token is not a well-formed JWT");
        }
        if (!(jwt instanceof SignedJWT signed)) {
            throw challenge.invalidToken(jwt instanceof EncryptedJWT
                    ? "encrypted tokens are not accepted"
                    : "unsigned tokens (alg none) are not accepted");
        }
        if (!algorithm.equals(signed.getHeader().getAlgorithm())) {
            String named = signed.getHeader().getAlgorithm().getName();
            // the name comes from the client: repeated only when it is short and plain
            throw challenge.invalidToken("the token is signed with " + (named.matches("[A-Za-z0-9+_-]{1,16}") ? named
                    : "another algorithm") + ", but only " + algorithm + " is accepted");
        }
        try {
            TYPE.verify(signed.getHeader().getType(), null);
        } catch (BadJOSEException e) {
            throw challenge.invalidToken("the token's type is not JWT");
        }
        boolean valid;
        try {
            valid = signed.verify(verifier); // false also for unknown critical headers
        } catch (JOSEException | RuntimeException e) {
            throw challenge.invalidToken("the token's signature could not be checked");
        }
        if (!valid) {
            throw challenge.invalidToken("the token's signature is not valid");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
            claimsVerifier.verify(claims, null);
        } catch (BadJWTException e) {
            throw challenge.invalidToken(claimsProblem(e.getMessage()));
        } catch (ParseException | RuntimeException e) {
            throw challenge.invalidToken("the token is not a well-formed JWT");
        }
        return verified(claims, token);
    }

    /** nimbus's messages (DefaultJWTClaimsVerifier), said for the client; any other is "not accepted". */
    private String claimsProblem(String message) {
        String text = String.valueOf(message);
        if (text.equals("Expired JWT")) {
            return "the token expired";
        }
        if (text.equals("JWT before use time")) {
            return "the token is not valid yet";
        }
        if (text.startsWith("JWT iss claim")) {
            return "the token's issuer is not accepted";
        }
        if (text.startsWith("JWT aud claim") || text.equals("JWT missing required aud claim")) {
            return "the token's audience is not accepted";
        }
        if (text.startsWith("JWT missing required claims")) {
            return "the token lacks claims: " + text.substring("JWT missing required claims:".length()).strip();
        }
        return "the token is not accepted";
    }

    private VerifiedToken verified(JWTClaimsSet claims, String token) {
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            throw challenge.invalidToken("the token has no subject");
        }
        Map<String, Object> json = Collections.unmodifiableMap(new LinkedHashMap<>(claims.toJSONObject()));
        List<String> audience = claims.getAudience() == null ? List.of() : List.copyOf(claims.getAudience());
        return new VerifiedToken(claims.getSubject(), Optional.ofNullable(claims.getIssuer()), audience,
                claims.getExpirationTime().toInstant(), json, token);
    }

    /** A token for {@code subject}, valid for {@code security.jwt.ttl}. */
    public String issue(String subject) {
        return issue(subject, Map.of(), settings.ttl());
    }

    /** A token for {@code subject} with extra {@code claims}, valid for {@code security.jwt.ttl}. */
    public String issue(String subject, Map<String, ?> claims) {
        return issue(subject, claims, settings.ttl());
    }

    /**
     * A token for {@code subject} with extra {@code claims} (JSON values: strings, numbers,
     * booleans, lists, maps), valid for {@code ttl}; it carries the configured issuer and audience.
     *
     * @throws IllegalArgumentException for a blank subject, a non-positive ttl, or a claim the service sets itself
     * @throws IllegalStateException    when only a public key is configured
     */
    public String issue(String subject, Map<String, ?> claims, Duration ttl) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("a token needs a subject (the user's id or name)");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a token's ttl must be positive, not " + ttl);
        }
        for (String name : claims.keySet()) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException("claim '" + name + "' is set by TokenService (sub, iss, aud, exp,"
                        + " nbf, iat, jti); pass the subject and ttl as arguments and configure security.jwt.issuer"
                        + " and security.jwt.audience");
            }
        }
        JWSSigner signing = signer.orElseThrow(() -> new IllegalStateException("this application verifies "
                + settings.algorithm() + " tokens but cannot issue them: set security.jwt.private-key"));
        Instant now = clock.instant();
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString());
        settings.issuer().ifPresent(set::issuer);
        if (!settings.audience().isEmpty()) {
            set.audience(settings.audience());
        }
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(algorithm).type(JOSEObjectType.JWT).build(), set.build());
        try {
            jwt.sign(signing);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing a " + algorithm + " token failed", e);
        }
        return jwt.serialize();
    }

    @Override
    public String toString() {
        return "TokenService" + settings;
    }
}

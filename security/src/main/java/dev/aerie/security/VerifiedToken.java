package dev.aerie.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A token whose signature, algorithm, expiry, not-before, issuer and audience were checked.
 *
 * @param subject   the {@code sub} claim: who the token speaks for
 * @param issuer    the {@code iss} claim, if any
 * @param audience  the {@code aud} claim, empty if none
 * @param expiresAt the {@code exp} claim
 * @param claims    every claim as JSON values (strings, numbers, booleans, lists, maps; times as epoch seconds)
 * @param token     the compact token as received; {@link #toString()} leaves it out
 */
public record VerifiedToken(String subject, Optional<String> issuer, List<String> audience, Instant expiresAt,
                            Map<String, Object> claims, String token) {

    /** The claim {@code name}, if present. */
    public Optional<Object> claim(String name) {
        return Optional.ofNullable(claims.get(name));
    }

    /** The claim {@code name} when it is a string. */
    public Optional<String> stringClaim(String name) {
        return claim(name).filter(String.class::isInstance).map(String.class::cast);
    }

    /** The claims without the token itself, which is a credential. */
    @Override
    public String toString() {
        return "VerifiedToken[subject=" + subject + ", issuer=" + issuer.orElse("-") + ", audience=" + audience
                + ", expiresAt=" + expiresAt + ", claims=" + claims.keySet() + "]";
    }
}

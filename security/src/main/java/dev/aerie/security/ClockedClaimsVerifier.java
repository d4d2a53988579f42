package dev.aerie.security;

import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** nimbus's claims checks (exp, nbf, iss, aud, required claims) on the service's clock instead of the system's. */
final class ClockedClaimsVerifier extends DefaultJWTClaimsVerifier<SecurityContext> {
    private final Clock clock;

    ClockedClaimsVerifier(Clock clock, Optional<String> issuer, List<String> audience, int skewSeconds) {
        super(audience.isEmpty() ? null : Set.copyOf(audience),
                issuer.map(iss -> new JWTClaimsSet.Builder().issuer(iss).build()).orElse(new JWTClaimsSet.Builder().build()),
                required(issuer, audience), null);
        this.clock = clock;
        setMaxClockSkew(skewSeconds);
    }

    private static Set<String> required(Optional<String> issuer, List<String> audience) {
        Set<String> names = new HashSet<>(Set.of("sub", "exp"));
        issuer.ifPresent(iss -> names.add("iss"));
        if (!audience.isEmpty()) {
            names.add("aud");
        }
        return names;
    }

    @Override
    protected Date currentTime() {
        return Date.from(clock.instant());
    }
}

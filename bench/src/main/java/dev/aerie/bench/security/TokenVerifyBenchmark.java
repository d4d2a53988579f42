package dev.aerie.bench.security;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.security.JwtSettings;
import dev.aerie.security.TokenService;
import dev.aerie.security.VerifiedToken;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What {@code TokenService.verify} costs per request: the budget of a JWT guard (issue 13) is
 * 5 µs at the median. One token per algorithm, with a role claim, checked as a handler would;
 * and the rejection of a garbage header, which must stay cheap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TokenVerifyBenchmark {
    private TokenService hs256;
    private TokenService rs256;
    private TokenService es256;
    private String hsHeader;
    private String rsHeader;
    private String esHeader;

    @Setup
    public void setUp() throws Exception {
        hs256 = new TokenService(JwtSettings.from(AerieConfig.of(Map.of(
                "security.jwt.secret", "a-benchmark-secret-that-is-long-enough", "security.jwt.issuer", "https://bench"))));
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        rs256 = service("RS256", rsa.generateKeyPair());
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        es256 = service("ES256", ec.generateKeyPair());
        hsHeader = "Bearer " + hs256.issue("user-42", Map.of("role", "editor"));
        rsHeader = "Bearer " + rs256.issue("user-42", Map.of("role", "editor"));
        esHeader = "Bearer " + es256.issue("user-42", Map.of("role", "editor"));
    }

    private static TokenService service(String algorithm, KeyPair pair) {
        return new TokenService(JwtSettings.from(AerieConfig.of(Map.of("security.jwt.algorithm", algorithm,
                "security.jwt.issuer", "https://bench",
                "security.jwt.public-key", pem("PUBLIC KEY", pair.getPublic().getEncoded()),
                "security.jwt.private-key", pem("PRIVATE KEY", pair.getPrivate().getEncoded())))));
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder().encodeToString(der) + "\n-----END " + label + "-----\n";
    }

    @Benchmark
    public VerifiedToken verifyHs256() {
        return hs256.verify(hsHeader);
    }

    @Benchmark
    public VerifiedToken verifyRs256() {
        return rs256.verify(rsHeader);
    }

    @Benchmark
    public VerifiedToken verifyEs256() {
        return es256.verify(esHeader);
    }

    @Benchmark
    public Object rejectMalformed() {
        try {
            return hs256.verify("Bearer not.a.jwt");
        } catch (RuntimeException e) {
            return e;
        }
    }
}

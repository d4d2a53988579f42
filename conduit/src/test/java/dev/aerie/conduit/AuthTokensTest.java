package dev.aerie.conduit;

import static dev.aerie.conduit.Api.errors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 401 in RealWorld's shape, with {@code WWW-Authenticate}, for a missing, malformed, tampered or
 * expired token, on every route that needs login and on the routes where login is optional (a
 * token that is sent must be good). Tokens are made here with the application's development
 * secret, so that "expired" is the only thing wrong with the expired one.
 */
@AerieTest(ConduitModule.class)
class AuthTokensTest {
    /** security.jwt.secret of src/main/resources/application.yaml. */
    private static final String SECRET = "conduit-development-secret-change-me-0123456789";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Api api;
    private User alice;
    private String slug;
    private long aliceId;

    AuthTokensTest(AerieClient http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void data() {
        alice = api.register("alice");
        slug = api.slug(alice, "Guarded");
        String payload = new String(Base64.getUrlDecoder().decode(alice.token().split("\\.")[1]), StandardCharsets.UTF_8);
        aliceId = Long.parseLong(Api.string(Api.parse(payload), "sub"));
    }

    /** Every route that requires login, with a body where it takes one. */
    private List<String[]> guardedRoutes() {
        return List.of(
                new String[] {"GET", "/api/user", ""},
                new String[] {"PUT", "/api/user", "{\"user\":{\"bio\":\"hacked\"}}"},
                new String[] {"GET", "/api/articles/feed", ""},
                new String[] {"POST", "/api/articles", "{\"article\":{\"title\":\"t\",\"description\":\"d\",\"body\":\"b\"}}"},
                new String[] {"PUT", "/api/articles/" + slug, "{\"article\":{\"title\":\"hacked\"}}"},
                new String[] {"DELETE", "/api/articles/" + slug, ""},
                new String[] {"POST", "/api/articles/" + slug + "/favorite", ""},
                new String[] {"DELETE", "/api/articles/" + slug + "/favorite", ""},
                new String[] {"POST", "/api/articles/" + slug + "/comments", "{\"comment\":{\"body\":\"c\"}}"},
                new String[] {"DELETE", "/api/articles/" + slug + "/comments/1", ""},
                new String[] {"POST", "/api/profiles/alice/follow", ""},
                new String[] {"DELETE", "/api/profiles/alice/follow", ""});
    }

    /** Routes where login is optional. */
    private List<String> optionalRoutes() {
        return List.of("/api/articles", "/api/articles/" + slug, "/api/articles/" + slug + "/comments", "/api/profiles/alice");
    }

    private HttpResponse<String> send(String method, String path, String body, String authorization) {
        var request = api.http.request(path).method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return api.http.send(request.build());
    }

    private void assertRefused(String authorization, String what) {
        for (String[] route : guardedRoutes()) {
            HttpResponse<String> response = send(route[0], route[1], route[2], authorization);
            Map<String, List<String>> errors = errors(response, 401);
            assertTrue(errors.containsKey("token"), what + ", " + route[0] + " " + route[1] + ": " + response.body());
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Token"),
                    what + ", " + route[0] + " " + route[1] + ": WWW-Authenticate " + response.headers().map());
        }
        if (authorization != null) {
            for (String path : optionalRoutes()) {
                errors(send("GET", path, "", authorization), 401);
            }
        }
        // nothing changed: the article is there, unchanged, not favorited, without comments
        Map<String, Object> article = Api.object(api.http.get("/api/articles/" + slug), "article");
        assertEquals("Guarded", article.get("title"), what);
        assertEquals(0, Api.number(article, "favoritesCount"), what);
        assertTrue(Api.list(api.http.get("/api/articles/" + slug + "/comments"), "comments").isEmpty(), what);
        assertEquals(1, Api.number(Api.parse(api.http.get("/api/articles").body()), "articlesCount"), what);
        assertEquals(null, Api.object(api.as(alice).get("/api/user"), "user").get("bio"), what);
    }

    @Test
    void aGoodTokenIsAccepted() {
        assertEquals(200, api.as(alice).get("/api/user").statusCode());
        assertEquals(200, send("GET", "/api/user", "", "Token " + token(aliceId, Instant.now().plusSeconds(600))).statusCode(),
                "a token made by this test with the secret is good: the ones below fail for what they change");
    }

    @Test
    void aMissingTokenIs401() {
        assertRefused(null, "no Authorization header");
        // optional login: no header is an anonymous request
        for (String path : optionalRoutes()) {
            assertEquals(200, api.http.get(path).statusCode(), path);
        }
    }

    @Test
    void aMalformedHeaderOrTokenIs401() {
        assertRefused("Token", "the scheme word alone");
        assertRefused("Token ", "an empty token");
        assertRefused("Token not-a-jwt", "not a JWT");
        assertRefused("Token a.b.c", "three parts, none of them JSON");
        assertRefused("Bearer " + alice.token(), "another scheme");
        assertRefused(alice.token(), "no scheme word");
        assertRefused("Token " + alice.token() + " extra", "text after the token");
    }

    @Test
    void aTamperedTokenIs401() {
        String[] parts = alice.token().split("\\.");
        String otherUser = B64.encodeToString(("{\"sub\":\"" + (aliceId + 1) + "\",\"exp\":"
                + Instant.now().plusSeconds(3600).getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        assertRefused("Token " + parts[0] + "." + otherUser + "." + parts[2], "the payload replaced");
        char last = parts[2].charAt(parts[2].length() / 2);
        String signature = parts[2].substring(0, parts[2].length() / 2) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(parts[2].length() / 2 + 1);
        assertRefused("Token " + parts[0] + "." + parts[1] + "." + signature, "one character of the signature changed");
        assertRefused("Token " + parts[0] + "." + parts[1] + ".", "the signature removed");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        assertRefused("Token " + none + "." + parts[1] + ".", "alg none");
        assertRefused("Token " + signed(Map.of("sub", String.valueOf(aliceId), "exp", Instant.now().plusSeconds(600).getEpochSecond()),
                "another-secret-that-is-long-enough-0123456789"), "signed with another key");
    }

    @Test
    void anExpiredTokenIs401() {
        assertRefused("Token " + token(aliceId, Instant.now().minusSeconds(3600)), "expired an hour ago");
    }

    /** An HS256 token for {@code userId}, signed with the application's secret. */
    private static String token(long userId, Instant expires) {
        return signed(Map.of("sub", String.valueOf(userId), "iat", expires.minusSeconds(7200).getEpochSecond(),
                "exp", expires.getEpochSecond()), SECRET);
    }

    private static String signed(Map<String, Object> claims, String secret) {
        StringBuilder payload = new StringBuilder("{");
        claims.forEach((name, value) -> payload.append(payload.length() > 1 ? "," : "").append('"').append(name).append("\":")
                .append(value instanceof String s ? "\"" + s + "\"" : value));
        String header = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = B64.encodeToString(payload.append('}').toString().getBytes(StandardCharsets.UTF_8));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + B64.encodeToString(signature);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

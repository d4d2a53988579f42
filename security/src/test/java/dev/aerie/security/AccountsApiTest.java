package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.security.app.AccountsApp;
import dev.aerie.security.app.AccountsSettings;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * SecurityModule in an application over real HTTP: a login issues a token, a handler verifies
 * the Authorization header it receives with {@code @Header}; every bad header is a problem+json
 * 401 with {@code WWW-Authenticate}. The RealWorld scheme word {@code Token} is configured.
 */
@AerieTest(value = AccountsApp.class, config = {
        "security.jwt.secret=" + AccountsApiTest.SECRET, "security.jwt.scheme=Token", "security.jwt.realm=accounts",
        "security.jwt.issuer=https://accounts.test", "security.password.memory=1024", "security.password.iterations=1",
        "accounts.admin-name=ada", "accounts.role=editor", "accounts.auditors=grace, linus",
        "security.jwt.roles-claim=role"})
class AccountsApiTest {
    static final String SECRET = "an-http-test-secret-of-at-least-32-bytes";
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final AerieClient http;

    AccountsApiTest(AerieClient http) {
        this.http = http;
    }

    private String login() {
        HttpResponse<String> response = http.post("/accounts/login", "{\"username\":\"ada\",\"password\":\"correct horse battery staple\"}");
        assertEquals(200, response.statusCode(), response.body());
        Matcher token = TOKEN.matcher(response.body());
        assertTrue(token.find(), response.body());
        return token.group(1);
    }

    private void assertUnauthorized(HttpResponse<String> response, String challenge, String detail) {
        assertEquals(401, response.statusCode(), response.body());
        assertEquals(challenge, response.headers().firstValue("WWW-Authenticate").orElse("(none)"));
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(response.body().contains("\"status\":401"), response.body());
        assertTrue(response.body().contains("\"detail\":\"" + detail + "\""), response.body());
    }

    private static String invalid(String description) {
        return "Token realm=\"accounts\", error=\"invalid_token\", error_description=\"" + description + "\"";
    }

    @Test
    void aLoginIssuesATokenThatTheHandlerVerifies() {
        String token = login();
        HttpResponse<String> me = http.header("Authorization", "Token " + token).get("/accounts/me");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("{\"username\":\"ada\",\"role\":\"editor\"}", me.body(), "the role from accounts.role");
    }

    @Test
    void theGuardRefusesBeforeTheBodyIsRead() {
        // malformed JSON would be a 400: the 401 shows the guard ran first
        assertUnauthorized(http.post("/accounts/notes", "{not json"), "Token realm=\"accounts\"",
                "this request needs an Authorization header: Token <token>");
        String token = login();
        HttpResponse<String> note = http.header("Authorization", "Token " + token)
                .post("/accounts/notes", "{\"username\":\"memo\",\"password\":\"x\"}");
        assertEquals(200, note.statusCode(), note.body());
        assertEquals("{\"username\":\"ada\",\"role\":\"memo\"}", note.body());
    }

    private static String withoutRequestId(String problem) {
        return problem.replaceAll(",\"requestId\":\"[^\"]*\"", "");
    }

    @Test
    void rolesAllowedBringsItsGuard401WithoutAToken403WithoutTheRole() {
        assertUnauthorized(http.get("/accounts/drafts"), "Token realm=\"accounts\"",
                "this request needs an Authorization header: Token <token>");
        AerieClient ada = http.header("Authorization", "Token " + login());
        HttpResponse<String> drafts = ada.get("/accounts/drafts");
        assertEquals(200, drafts.statusCode(), drafts.body());
        assertEquals("{\"username\":\"ada\",\"role\":\"editor\"}", drafts.body());
        HttpResponse<String> audit = ada.get("/accounts/audit");
        assertEquals(403, audit.statusCode(), audit.body());
        assertTrue(audit.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(audit.body().contains("this token does not hold a role that may use GET /accounts/audit"), audit.body());
        assertFalse(audit.body().contains("auditor"), "the roles the route needs are not told: " + audit.body());
    }

    /** The operation of {@code path} in the OpenAPI document, up to the next path. */
    private static String operation(String document, String path) {
        int start = document.indexOf("\"" + path + "\":");
        assertTrue(start >= 0, path + " in " + document);
        int end = document.indexOf("\"/accounts/", start + path.length() + 3);
        return document.substring(start, end < 0 ? document.indexOf("\"components\"") : end);
    }

    @Test
    void theOpenApiDocumentSaysWhichRoutesNeedAToken() {
        String document = http.get("/openapi.json").body().replaceAll("\\s", "");
        assertTrue(document.contains("\"securitySchemes\":{\"jwt\":{\"type\":\"apiKey\",\"in\":\"header\","
                + "\"name\":\"Authorization\",\"description\":"), document);
        for (String guarded : new String[] {"/accounts/me", "/accounts/notes", "/accounts/drafts", "/accounts/audit"}) {
            String operation = operation(document, guarded);
            assertTrue(operation.contains("\"security\":[{\"jwt\":[]}]"), operation);
            assertTrue(operation.contains("\"401\":"), operation);
        }
        for (String open : new String[] {"/accounts/login", "/accounts/whoami"}) {
            assertFalse(operation(document, open).contains("\"security\""), operation(document, open));
        }
    }

    @Test
    void anOptionalLoginIsEmptyWithoutAHeaderAndStillRefusesABadToken() {
        HttpResponse<String> anonymous = http.get("/accounts/whoami");
        assertEquals(200, anonymous.statusCode(), anonymous.body());
        assertEquals("{\"username\":\"anonymous\",\"role\":\"none\"}", anonymous.body());
        HttpResponse<String> ada = http.header("Authorization", "Token " + login()).get("/accounts/whoami");
        assertEquals("{\"username\":\"ada\",\"role\":\"none\"}", ada.body());
        assertEquals(401, http.header("Authorization", "Token not-a-jwt").get("/accounts/whoami").statusCode());
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIs401() {
        HttpResponse<String> response = http.post("/accounts/login", "{\"username\":\"ada\",\"password\":\"wrong\"}");
        assertEquals(401, response.statusCode(), response.body());
        HttpResponse<String> nobody = http.post("/accounts/login", "{\"username\":\"nobody\",\"password\":\"wrong\"}");
        assertEquals(401, nobody.statusCode(), nobody.body());
        // every problem quotes its own request's id; apart from it the answers are the same
        assertEquals(withoutRequestId(response.body()), withoutRequestId(nobody.body()),
                "the same answer: nothing tells which user names exist");
    }

    @Test
    void everyBadAuthorizationHeaderIs401WithAChallenge() {
        String token = login();
        assertUnauthorized(http.get("/accounts/me"), "Token realm=\"accounts\"",
                "this request needs an Authorization header: Token <token>");
        assertUnauthorized(http.header("Authorization", "Bearer " + token).get("/accounts/me"), "Token realm=\"accounts\"",
                "the Authorization header must be: Token <token>");
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + TokenServiceTest.b64("{\"sub\":\"root\",\"exp\":9999999999}") + "." + parts[2];
        assertUnauthorized(http.header("Authorization", "Token " + tampered).get("/accounts/me"),
                invalid("the token's signature is not valid"), "the token's signature is not valid");
        String none = TokenServiceTest.b64("{\"alg\":\"none\"}") + "." + parts[1] + ".";
        assertUnauthorized(http.header("Authorization", "Token " + none).get("/accounts/me"),
                invalid("unsigned tokens (alg none) are not accepted"), "unsigned tokens (alg none) are not accepted");
        assertUnauthorized(http.header("Authorization", "Token not-a-jwt").get("/accounts/me"),
                invalid("the token is not a well-formed JWT"), "the token is not a well-formed JWT");
        assertUnauthorized(http.header("Authorization", "Token " + "x".repeat(10_240)).get("/accounts/me"),
                invalid("the token is longer than 8192 characters"), "the token is longer than 8192 characters");

        JwtSettings same = TokenServiceTest.settings(Map.of("security.jwt.secret", SECRET, "security.jwt.issuer", "https://accounts.test"));
        String expired = new TokenService(same, Clock.fixed(Instant.now().minus(Duration.ofDays(1)), ZoneOffset.UTC)).issue("ada");
        assertUnauthorized(http.header("Authorization", "Token " + expired).get("/accounts/me"),
                invalid("the token expired"), "the token expired");
        String otherIssuer = new TokenService(TokenServiceTest.settings(Map.of("security.jwt.secret", SECRET,
                "security.jwt.issuer", "https://elsewhere.test"))).issue("ada");
        assertUnauthorized(http.header("Authorization", "Token " + otherIssuer).get("/accounts/me"),
                invalid("the token's issuer is not accepted"), "the token's issuer is not accepted");
    }

    @Test
    void theInjectedServicesUseTheConfiguration(TokenService tokens, PasswordHasher passwords, AccountsSettings settings) {
        assertEquals("Token", tokens.settings().scheme());
        assertTrue(passwords.hash("pw").startsWith("$argon2id$v=19$m=1024,t=1,p=1$"));
        VerifiedToken token = tokens.verify("Token " + login());
        assertEquals("ada", token.subject());
        Duration left = Duration.between(Instant.now(), token.expiresAt());
        assertTrue(left.compareTo(Duration.ofMinutes(14)) > 0 && left.compareTo(Duration.ofMinutes(15)) <= 0,
                "the ttl is accounts.token-ttl's default, 15m: " + left);
        assertEquals(new AccountsSettings("ada", "editor", Duration.ofMinutes(15), java.util.List.of("grace", "linus"),
                java.util.Optional.empty()), settings, "the @ConfigProperties record, injected");
    }
}

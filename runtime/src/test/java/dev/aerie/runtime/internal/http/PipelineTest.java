package dev.aerie.runtime.internal.http;

import static dev.aerie.runtime.internal.http.HttpPipelineTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.pipeline.PipelineApp;
import dev.aerie.runtime.internal.http.pipeline.PipelineProbe;
import dev.aerie.runtime.internal.http.pipeline.Trail;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request as a value, custom parameters and guards, over real HTTP, on the generated routes of {@link PipelineApp}. */
class PipelineTest {
    static Container container;
    static AerieServer server;
    static Http http;
    static Trail trail;

    @BeforeAll
    static void start() {
        container = Aerie.create(PipelineApp.class);
        server = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        http = new Http(server.port());
        trail = container.get(Trail.class);
    }

    @AfterAll
    static void stop() {
        server.stop();
        container.close();
    }

    @BeforeEach
    void clear() {
        trail.steps.clear();
    }

    /** The steps after the filters' (tested on their own below). */
    private static List<String> steps() {
        return trail.steps.stream().filter(s -> !s.startsWith("filter ") && !s.equals("security headers")).toList();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = http.request(path);
        return http.send((headers.length == 0 ? request : request.headers(headers)).GET().build());
    }

    /** Route results are JSON: a String is sent quoted. */
    private static String json(String text) {
        return "\"" + text + "\"";
    }

    @Test
    void theRequestIsInjectableAsAValue() throws Exception {
        HttpResponse<String> response = get("/profile/request/7?q=x&tag=a&tag=b");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("GET /profile/request/7 /profile/request/{id} id=7 q=x tags=[a, b] from=127.0.0.1"), response.body());
    }

    @Test
    void aRequestScopedProviderSuppliesAParameterOncePerRequest() throws Exception {
        int before = PipelineProbe.lookups();
        HttpResponse<String> me = get("/profile/me", "Authorization", "User alice", "Cookie", "lang=fr; theme=dark");
        assertEquals(200, me.statusCode(), me.body());
        // the handler's User and the Greeting's User are the same, computed once
        assertEquals(json("alice (fr): hello alice"), me.body());
        assertEquals(before + 1, PipelineProbe.lookups());

        assertProblem(get("/profile/me"), 401, "log in first");
        assertEquals("User", get("/profile/me").headers().firstValue("WWW-Authenticate").orElseThrow());
    }

    @Test
    void anOptionalParameterIsEmptyWithoutLogin() throws Exception {
        assertEquals(json("anonymous"), get("/profile/maybe").body());
        assertEquals(json("bob"), get("/profile/maybe", "Authorization", "User bob").body());
    }

    @Test
    void guardsRunGlobalThenModuleThenControllerThenMethodBeforeTheHandler() throws Exception {
        HttpResponse<String> response = get("/admin/ping", "Authorization", "User root");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("pong"), response.body());
        assertEquals(List.of("global GET /admin/ping", "module", "controller", "method ping audited",
                "outer ping []", "handler", "outer done pong"), steps());
    }

    @Test
    void aRouteWithoutMethodGuardsRunsTheOuterOnes() throws Exception {
        assertEquals(json("open"), get("/admin/open").body());
        assertEquals(List.of("global GET /admin/open", "module", "controller", "outer open []", "handler", "outer done open"),
                steps());
        trail.steps.clear();
        assertEquals(json("anonymous"), get("/profile/maybe").body());
        assertEquals(List.of("global GET /profile/maybe", "outer maybe [Optional.empty]", "outer done anonymous"), steps());
    }

    @Test
    void aRejectingGuardShortCircuitsTheRest() throws Exception {
        assertProblem(get("/admin/ping", "Authorization", "User root", "X-Block", "module"), 403, "blocked by the module guard");
        assertEquals(List.of("global GET /admin/ping", "module"), steps());
        trail.steps.clear();
        assertProblem(get("/admin/ping", "Authorization", "User root", "X-Block", "global"), 403, "blocked by the global guard");
        assertEquals(List.of("global GET /admin/ping"), steps());
        trail.steps.clear();
        assertProblem(get("/admin/ping", "Authorization", "User eve"), 403, "only root may do this");
        assertEquals(List.of("global GET /admin/ping", "module", "controller", "method ping audited"), steps());
    }

    @Test
    void aRejectedRequestIsNotParsed() throws Exception {
        // an invalid body, a wrong content type: the guard answers first
        HttpResponse<String> broken = http.send(http.request("/admin/notes").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")).build());
        assertProblem(broken, 401, "log in first");
        HttpResponse<String> text = http.send(http.request("/admin/notes").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("hello")).build());
        assertProblem(text, 401, "log in first");
        assertEquals(List.of("global POST /admin/notes", "module", "controller", "method create",
                "global POST /admin/notes", "module", "controller", "method create"), steps());

        HttpResponse<String> allowed = http.send(http.request("/admin/notes").header("Content-Type", "application/json")
                .header("Authorization", "User root").POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")).build());
        assertProblem(allowed, 400);
    }

    @Test
    void aCatchesHandlerAnswersAFailedValidationInItsOwnShape() throws Exception {
        HttpResponse<String> response = http.json("POST", "/profile/notes", "{\"title\": \"\", \"body\": \" \"}");
        assertEquals(422, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("conduit", response.headers().firstValue("X-Error-Shape").orElseThrow());
        assertEquals("{\"errors\":{\"title\":[\"must not be blank\",\"size must be between 3 and 2147483647\"],"
                + "\"body\":[\"must not be blank\"]}}", response.body());
    }

    @Test
    void theMostSpecificHandlerWins() throws Exception {
        // malformed JSON is a MalformedBody, a BadRequestException: the general handler answers it
        HttpResponse<String> malformed = http.json("POST", "/profile/notes", "{\"title\": ");
        assertEquals(400, malformed.statusCode(), malformed.body());
        assertEquals("application/json", malformed.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(malformed.body().startsWith("{\"error\":\""), malformed.body());
    }

    @Test
    void aHandlerThatThrowsIsAProblem500WithoutItsDetail() throws Exception {
        HttpResponse<String> response = get("/profile/unsupported");
        assertProblem(response, 500, "Quote request id");
        assertFalse(response.body().contains("secret"), response.body());
    }

    @Test
    void routesOfAModuleThatDoesNotSeeTheHandlersKeepProblemJson() throws Exception {
        HttpResponse<String> response = http.send(http.request("/admin/notes").header("Content-Type", "application/json")
                .header("Authorization", "User root").POST(HttpRequest.BodyPublishers.ofString("{\"title\": \"\"}")).build());
        assertProblem(response, 400, "title: must not be blank");
    }

    @Test
    void cookieParametersAreReadFromTheCookieHeader() throws Exception {
        assertEquals(json("fr dark 3"), get("/profile/theme", "Cookie", "theme=dark; lang=fr; n=3").body());
        assertEquals(json("de light -"), get("/profile/theme", "Cookie", "lang=de").body());
        HttpResponse<String> missing = get("/profile/theme");
        assertEquals(400, missing.statusCode(), missing.body());
        assertEquals("{\"error\":\"The cookie 'lang' is required; send the cookie lang\"}", missing.body());
        HttpResponse<String> wrong = get("/profile/theme", "Cookie", "lang=de; n=x");
        assertEquals(400, wrong.statusCode(), wrong.body());
    }

    private static HttpResponse<String> form(String body) throws Exception {
        return http.send(http.request("/profile/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aFormBodyBindsToARecordAndTheResponseSetsCookies() throws Exception {
        HttpResponse<String> response = form("username=ada+l%C3%B6vel&age=36&tags=a&tags=b%26c");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(json("ada l\u00f6vel 36 - [a, b&c]"), response.body());
        assertEquals(List.of("session=s36; Max-Age=3600; Path=/; HttpOnly; Secure; SameSite=Lax",
                "seen=1; Path=/; SameSite=Strict"), response.headers().allValues("Set-Cookie"));
    }

    @Test
    void badFormsAreBadRequests() throws Exception {
        assertEquals(422, form("username=&age=1").statusCode());
        assertEquals("{\"error\":\"The form field 'age' is required; send it in the form body\"}", form("username=x").body());
        assertEquals(400, form("username=x&age=many").statusCode());
        assertEquals(400, form("username=%zz&age=1").statusCode());
        HttpResponse<String> json = http.json("POST", "/profile/login", "{}");
        assertProblem(json, 415, "application/x-www-form-urlencoded");
    }

    @Test
    void interceptorsRunAfterTheGuardsOutermostFirstAndMayReplaceTheResult() throws Exception {
        assertEquals(json("HI IN FR"), get("/profile/echo/hi", "Cookie", "lang=fr").body());
        assertEquals(List.of("global GET /profile/echo/{word}", "outer echo [hi, Optional[fr]]", "shout",
                "outer done HI IN FR"), steps());
    }

    @Test
    void anInterceptorMayShortCircuit() throws Exception {
        assertEquals(json("cached"), get("/profile/echo/hi", "X-Cached", "1").body());
        assertEquals(List.of("global GET /profile/echo/{word}", "outer echo [hi, Optional.empty]", "shout cached",
                "outer done cached"), steps());
    }

    @Test
    void aRejectedRequestRunsNoInterceptor() throws Exception {
        assertEquals(403, get("/profile/echo/hi", "X-Block", "global").statusCode());
        assertEquals(List.of("global GET /profile/echo/{word}"), steps());
    }

    @Test
    void filtersRunAroundEveryRequestInTheOrderListed() throws Exception {
        HttpResponse<String> missing = get("/nothing/here", "X-Request-Id", "abc-1");
        assertEquals(404, missing.statusCode());
        assertEquals("abc-1", missing.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals("nosniff", missing.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals(List.of("filter /nothing/here", "security headers"), trail.steps);

        trail.steps.clear();
        HttpResponse<String> found = get("/profile/maybe");
        assertEquals("generated", found.headers().firstValue("X-Request-Id").orElseThrow());
        assertEquals(List.of("filter /profile/maybe", "security headers", "global GET /profile/maybe",
                "outer maybe [Optional.empty]", "outer done anonymous"), trail.steps);
    }

    @Test
    void theRootModulesHandlersAnswerRequestsNoRouteMatches() throws Exception {
        HttpResponse<String> missing = get("/nothing");
        assertEquals(404, missing.statusCode(), missing.body());
        assertEquals("{\"error\":\"No route matches /nothing\"}", missing.body());
        HttpResponse<String> wrongMethod = http.delete("/profile/me");
        assertProblem(wrongMethod, 405, "DELETE is not supported on /profile/me");
        assertEquals("GET, HEAD, OPTIONS", wrongMethod.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void anInterceptorMayReplaceTheArguments() throws Exception {
        assertEquals(json("BYE IN DE"), get("/profile/echo/hi", "X-Word", "bye", "Cookie", "lang=de").body());
        assertEquals(List.of("global GET /profile/echo/{word}", "outer echo [hi, Optional[de]]", "shout",
                "outer done BYE IN DE"), steps());
    }
}

package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.test.AerieClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A RealWorld client for the own tests: registers users, writes articles and comments, and reads
 * JSON answers into maps and lists (SnakeYAML, which comes with aerie-runtime, reads JSON as the
 * YAML subset it is; the JSON the app writes has no tabs or {@code \/} escapes).
 */
final class Api {
    private static final AtomicInteger NAMES = new AtomicInteger();

    final AerieClient http;

    Api(AerieClient http) {
        this.http = http;
    }

    /** A name no other test of this JVM uses. */
    static String unique(String prefix) {
        return prefix + NAMES.incrementAndGet() + "x" + ProcessHandle.current().pid();
    }

    /** A logged-in user: its name and token. */
    record User(String username, String email, String token) {
        String authorization() {
            return "Token " + token;
        }
    }

    User register(String username) {
        String email = username + "@example.org";
        HttpResponse<String> created = http.post("/api/users",
                "{\"user\":{\"username\":\"" + username + "\",\"email\":\"" + email + "\",\"password\":\"secret-" + username + "\"}}");
        assertEquals(201, created.statusCode(), created.body());
        return new User(username, email, string(object(created, "user"), "token"));
    }

    User user() {
        return register(unique("user"));
    }

    AerieClient as(User user) {
        return http.header("Authorization", user.authorization());
    }

    /** Creates an article as {@code author}; returns the article object of the answer. */
    Map<String, Object> article(User author, String title, List<String> tags) {
        HttpResponse<String> created = as(author).post("/api/articles", "{\"article\":{\"title\":\"" + title
                + "\",\"description\":\"about " + title + "\",\"body\":\"the body of " + title + "\",\"tagList\":"
                + json(tags) + "}}");
        assertEquals(201, created.statusCode(), created.body());
        return object(created, "article");
    }

    String slug(User author, String title) {
        return string(article(author, title, List.of()), "slug");
    }

    Map<String, Object> comment(User author, String slug, String body) {
        HttpResponse<String> created = as(author).post("/api/articles/" + slug + "/comments",
                "{\"comment\":{\"body\":\"" + body + "\"}}");
        assertEquals(200, created.statusCode(), created.body()); // openapi.yml: 200, not 201
        return object(created, "comment");
    }

    void follow(User follower, String username) {
        HttpResponse<String> followed = as(follower).post("/api/profiles/" + username + "/follow", "");
        assertEquals(200, followed.statusCode(), followed.body());
    }

    /** A request with the body and content type of the collection's bodiless calls. */
    HttpResponse<String> send(User user, String method, String path, String body) {
        HttpRequest.Builder request = http.request(path).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (user != null) {
            request.header("Authorization", user.authorization());
        }
        return http.send(request.build());
    }

    // --- JSON

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        Object value = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
        assertTrue(value instanceof Map, "a JSON object: " + json);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(HttpResponse<String> response, String key) {
        Object value = parse(response.body()).get(key);
        assertTrue(value instanceof Map, "\"" + key + "\" is an object in " + response.body());
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(HttpResponse<String> response, String key) {
        Object value = parse(response.body()).get(key);
        assertTrue(value instanceof List, "\"" + key + "\" is a list in " + response.body());
        return (List<Map<String, Object>>) value;
    }

    static String string(Map<String, Object> object, String key) {
        Object value = object.get(key);
        assertTrue(value instanceof String, "\"" + key + "\" is a string in " + object);
        return (String) value;
    }

    static long number(Map<String, Object> object, String key) {
        Object value = object.get(key);
        assertTrue(value instanceof Number, "\"" + key + "\" is a number in " + object);
        return ((Number) value).longValue();
    }

    static String json(List<String> strings) {
        StringBuilder out = new StringBuilder("[");
        for (String s : strings) {
            out.append(out.length() > 1 ? "," : "").append('"').append(s).append('"');
        }
        return out.append(']').toString();
    }

    /**
     * RealWorld's error answer: {@code status}, JSON, and exactly {@code {"errors":{...}}} whose
     * every value is a non-empty list of non-blank strings; returns the errors by field.
     */
    @SuppressWarnings("unchecked")
    static Map<String, List<String>> errors(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/json"), "JSON, not " + type + ": " + response.body());
        Map<String, Object> body = parse(response.body());
        assertEquals(List.of("errors"), List.copyOf(body.keySet()), "only \"errors\": " + response.body());
        assertTrue(body.get("errors") instanceof Map, "\"errors\" is an object: " + response.body());
        Map<String, Object> errors = (Map<String, Object>) body.get("errors");
        assertFalse(errors.isEmpty(), "at least one field: " + response.body());
        errors.forEach((field, messages) -> {
            assertTrue(messages instanceof List<?> l && !l.isEmpty()
                    && l.stream().allMatch(m -> m instanceof String s && !s.isBlank()),
                    "\"" + field + "\" holds a non-empty list of messages: " + response.body());
        });
        assertFalse(response.body().contains("Exception"), response.body());
        return (Map<String, List<String>>) (Map<String, ?>) errors;
    }

    /** A 422 naming {@code field}. */
    static List<String> unprocessable(HttpResponse<String> response, String field) {
        Map<String, List<String>> errors = errors(response, 422);
        assertTrue(errors.containsKey(field), "names \"" + field + "\": " + response.body());
        return errors.get(field);
    }
}

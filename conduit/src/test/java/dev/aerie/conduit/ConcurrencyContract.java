package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What 20 clients doing the same thing at the same moment get, on real threads against a real
 * database: one registration of a name and 422s for the rest (never a 500 from the unique
 * constraint), and favorite counts that count every favorite and every unfavorite once.
 * Subclasses choose the database and backend.
 */
abstract class ConcurrencyContract {
    static final int CLIENTS = 20;

    final Api api;

    ConcurrencyContract(AerieClient http) {
        this.api = new Api(http);
    }

    /** Runs {@code request} for 0..19 on 20 threads released together; the answers in order. */
    static List<HttpResponse<String>> atOnce(IntFunction<HttpResponse<String>> request) throws Exception {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.apply(client);
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "all threads started");
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Map<Integer, Long> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
    }

    @Test
    void twentyRegistrationsOfOneUsernameGiveOne201AndNineteen422s() throws Exception {
        String name = Api.unique("racer");
        List<HttpResponse<String>> responses = atOnce(i -> api.http.post("/api/users", "{\"user\":{\"username\":\"" + name
                + "\",\"email\":\"" + name + "-" + i + "@example.org\",\"password\":\"pw-" + i + "\"}}"));
        assertEquals(Map.of(201, 1L, 422, (long) CLIENTS - 1), statuses(responses), bodies(responses));
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 422) {
                assertEquals(List.of("has already been taken"), Api.unprocessable(response, "username"), response.body());
            }
        }
        assertEquals(200, api.http.get("/api/profiles/" + name).statusCode(), "the one registered user exists");
    }

    @Test
    void twentyRegistrationsOfOneEmailGiveOne201AndNineteen422s() throws Exception {
        String email = Api.unique("shared") + "@example.org";
        List<HttpResponse<String>> responses = atOnce(i -> api.http.post("/api/users", "{\"user\":{\"username\":\""
                + Api.unique("mail") + "\",\"email\":\"" + email + "\",\"password\":\"pw\"}}"));
        assertEquals(Map.of(201, 1L, 422, (long) CLIENTS - 1), statuses(responses), bodies(responses));
        for (HttpResponse<String> response : responses) {
            if (response.statusCode() == 422) {
                assertEquals(List.of("has already been taken"), Api.unprocessable(response, "email"), response.body());
            }
        }
    }

    @Test
    void twentyConcurrentFavoritesCountTwentyAndTwentyUnfavoritesZero() throws Exception {
        User author = api.user();
        String slug = api.slug(author, "Popular " + Api.unique("a"));
        List<User> fans = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            fans.add(api.user());
        }
        List<HttpResponse<String>> favorites = atOnce(i -> api.send(fans.get(i), "POST", "/api/articles/" + slug + "/favorite", ""));
        assertEquals(Map.of(200, (long) CLIENTS), statuses(favorites), bodies(favorites));
        assertEquals(CLIENTS, favoritesCount(slug));
        for (User fan : fans) {
            assertEquals(1, Api.number(Api.parse(api.http.get("/api/articles?favorited=" + fan.username()).body()), "articlesCount"),
                    "the favorite of " + fan.username() + " is stored");
        }

        List<HttpResponse<String>> unfavorites = atOnce(i -> api.send(fans.get(i), "DELETE", "/api/articles/" + slug + "/favorite", ""));
        assertEquals(Map.of(200, (long) CLIENTS), statuses(unfavorites), bodies(unfavorites));
        assertEquals(0, favoritesCount(slug));
        assertEquals(0, Api.number(Api.parse(api.http.get("/api/articles?favorited=" + fans.get(7).username()).body()), "articlesCount"));
    }

    @Test
    void oneUserFavoritingTwentyTimesAtOnceCountsOnce() throws Exception {
        User author = api.user();
        User fan = api.user();
        String slug = api.slug(author, "Once " + Api.unique("a"));
        List<HttpResponse<String>> favorites = atOnce(i -> api.send(fan, "POST", "/api/articles/" + slug + "/favorite", ""));
        assertEquals(Map.of(200, (long) CLIENTS), statuses(favorites), bodies(favorites));
        assertEquals(1, favoritesCount(slug));
        List<HttpResponse<String>> unfavorites = atOnce(i -> api.send(fan, "DELETE", "/api/articles/" + slug + "/favorite", ""));
        assertEquals(Map.of(200, (long) CLIENTS), statuses(unfavorites), bodies(unfavorites));
        assertEquals(0, favoritesCount(slug));
    }

    private long favoritesCount(String slug) {
        return Api.number(Api.object(api.http.get("/api/articles/" + slug), "article"), "favoritesCount");
    }

    private static String bodies(List<HttpResponse<String>> responses) {
        return responses.stream().filter(r -> r.statusCode() >= 500 || r.statusCode() == 409)
                .map(r -> r.statusCode() + " " + r.body()).findFirst().orElse("statuses " + statuses(responses));
    }
}

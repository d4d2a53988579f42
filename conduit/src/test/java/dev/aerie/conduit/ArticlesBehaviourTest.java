package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Slugs, tag lists, the feed and the total count of a page, over HTTP. */
@AerieTest(ConduitModule.class)
class ArticlesBehaviourTest {
    private final Api api;
    private User alice;
    private User bob;
    private User carol;

    ArticlesBehaviourTest(AerieClient http) {
        this.api = new Api(http);
    }

    @BeforeEach
    void users() {
        alice = api.register("alice");
        bob = api.register("bob");
        carol = api.register("carol");
    }

    private List<Map<String, Object>> articles(AerieClient client, String query) {
        return Api.list(client.get("/api/articles" + query), "articles");
    }

    private long count(AerieClient client, String query) {
        return Api.number(Api.parse(client.get("/api/articles" + query).body()), "articlesCount");
    }

    private static List<String> slugs(List<Map<String, Object>> articles) {
        return articles.stream().map(a -> Api.string(a, "slug")).toList();
    }

    @Test
    void equalTitlesGetDistinctSlugs() {
        Set<String> slugs = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            slugs.add(api.slug(i % 2 == 0 ? alice : bob, "How to train your dragon"));
        }
        assertEquals(5, slugs.size(), "five articles, five slugs: " + slugs);
        for (String slug : slugs) {
            assertTrue(slug.startsWith("how-to-train-your-dragon"), slug);
            assertEquals(200, api.http.get("/api/articles/" + slug).statusCode(), slug);
        }
        // renaming to a title another article has keeps slugs distinct too
        String other = api.slug(carol, "Something else");
        HttpResponse<String> renamed = api.as(carol).put("/api/articles/" + other, "{\"article\":{\"title\":\"How to train your dragon\"}}");
        assertEquals(200, renamed.statusCode(), renamed.body());
        String newSlug = Api.string(Api.object(renamed, "article"), "slug");
        assertTrue(slugs.add(newSlug), "the renamed article's slug is new: " + newSlug);
        assertEquals(6, count(api.http, ""));
    }

    /**
     * Tags come back in one stable order on every read: alphabetical, as the official suite
     * requires (it sends ["training", "dragons"] and expects "dragons" first). A tag given twice counts once.
     */
    @Test
    void tagOrderIsTheSameOnEveryRead() {
        List<String> sent = List.of("zebra", "apple", "mango", "apple");
        List<String> expected = List.of("apple", "mango", "zebra");
        Map<String, Object> created = api.article(alice, "Tagged", sent);
        assertEquals(expected, created.get("tagList"));
        String slug = Api.string(created, "slug");
        assertEquals(expected, Api.object(api.http.get("/api/articles/" + slug), "article").get("tagList"));
        assertEquals(expected, articles(api.http, "").get(0).get("tagList"));
        assertEquals(expected, articles(api.http, "?tag=mango").get(0).get("tagList"));
        api.follow(bob, "alice");
        assertEquals(expected, Api.list(api.as(bob).get("/api/articles/feed"), "articles").get(0).get("tagList"));
        HttpResponse<String> retagged = api.as(alice).put("/api/articles/" + slug, "{\"article\":{\"tagList\":[\"b\",\"a\"]}}");
        assertEquals(List.of("a", "b"), Api.object(retagged, "article").get("tagList"));
        assertEquals(List.of("a", "b"), Api.object(api.http.get("/api/articles/" + slug), "article").get("tagList"));
        List<?> tags = (List<?>) Api.parse(api.http.get("/api/tags").body()).get("tags");
        assertEquals(Set.of("a", "b"), Set.copyOf(tags), "only tags an article carries: " + tags);
    }

    @Test
    void theFeedShowsOnlyFollowedAuthorsNewestFirst() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            User author = List.of(alice, bob, carol).get(i % 3);
            String slug = api.slug(author, "Post " + i);
            if (author != carol) {
                expected.add(0, slug); // newest first
            }
            pause(); // distinct createdAt at the clock's resolution
        }
        User reader = api.user();
        api.follow(reader, "alice");
        api.follow(reader, "bob");
        HttpResponse<String> feed = api.as(reader).get("/api/articles/feed");
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals(expected, slugs(Api.list(feed, "articles")));
        assertEquals(4, Api.number(Api.parse(feed.body()), "articlesCount"));
        for (Map<String, Object> article : Api.list(feed, "articles")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> author = (Map<String, Object>) article.get("author");
            assertEquals(true, author.get("following"), article.toString());
            assertNotEquals("carol", author.get("username"));
        }
        assertEquals(expected.subList(1, 3), slugs(Api.list(api.as(reader).get("/api/articles/feed?limit=2&offset=1"), "articles")));
        api.send(reader, "DELETE", "/api/profiles/bob/follow", "");
        assertEquals(2, Api.number(Api.parse(api.as(reader).get("/api/articles/feed").body()), "articlesCount"));
        assertEquals(0, Api.number(Api.parse(api.as(carol).get("/api/articles/feed").body()), "articlesCount"), "carol follows nobody");
    }

    @Test
    void articlesCountIsTheNumberOfMatchesWhateverLimitAndOffset() {
        for (int i = 0; i < 7; i++) {
            api.article(i < 4 ? alice : bob, "Counted " + i, i % 2 == 0 ? List.of("even") : List.of("odd"));
        }
        String alicesFirst = slugs(articles(api.http, "?author=alice")).get(0);
        api.send(carol, "POST", "/api/articles/" + alicesFirst + "/favorite", "");
        Map<String, Integer> matches = Map.of("", 7, "?author=alice", 4, "?author=bob", 3, "?tag=even", 4, "?tag=odd", 3,
                "?favorited=carol", 1, "?author=nobody", 0, "?tag=none", 0);
        for (Map.Entry<String, Integer> filter : matches.entrySet()) {
            String sep = filter.getKey().isEmpty() ? "?" : "&";
            for (String page : List.of("", "limit=1", "limit=2&offset=1", "limit=3&offset=6", "offset=100", "limit=0", "limit=100")) {
                String query = filter.getKey() + (page.isEmpty() ? "" : sep + page);
                HttpResponse<String> response = api.http.get("/api/articles" + query);
                assertEquals(200, response.statusCode(), query + ": " + response.body());
                assertEquals(filter.getValue().longValue(), Api.number(Api.parse(response.body()), "articlesCount"), query);
            }
            List<Map<String, Object>> all = articles(api.http, filter.getKey());
            assertEquals(filter.getValue().intValue(), all.size(), filter.getKey());
        }
        assertEquals(2, articles(api.http, "?limit=2&offset=1").size());
        assertEquals(1, articles(api.http, "?limit=3&offset=6").size());
        assertEquals(0, articles(api.http, "?offset=100").size());
        assertEquals(List.of(), articles(api.http, "?limit=0"));
        assertEquals(4, count(api.as(bob), "?author=alice"), "the same count when logged in");
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

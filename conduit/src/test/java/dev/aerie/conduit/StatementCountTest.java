package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.conduit.Api.User;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/articles} (and the feed) sends the same number of SQL statements for a page of
 * 1, 20 and 100 articles, anonymous and logged in: tags, authors, follows and favorites are
 * loaded for the whole page, never per article. Counted for real: {@code db.echo} logs every
 * statement the session sends on the logger {@code dev.aerie.db.sql} (java.util.logging, through
 * System.Logger), and a handler there counts them while one request runs. One article and a
 * favorite cost a fixed small number: the article is read joined with its author, the follow and
 * the favorite, and a favorite's answer is built from that read.
 */
@AerieTest(value = ConduitModule.class, config = "db.echo=true")
class StatementCountTest {
    private static final Logger SQL = Logger.getLogger("dev.aerie.db.sql"); // held: JUL keeps loggers weakly
    private static final AtomicInteger STATEMENTS = new AtomicInteger();
    private static final Handler COUNTER = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().startsWith("SQL:")) {
                STATEMENTS.incrementAndGet();
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    private final Api api;

    StatementCountTest(AerieClient http) {
        this.api = new Api(http);
    }

    @BeforeAll
    static void listen() {
        COUNTER.setLevel(Level.ALL);
        SQL.addHandler(COUNTER);
        SQL.setUseParentHandlers(false); // counted, not printed: the set-up alone sends hundreds
    }

    @AfterAll
    static void stopListening() {
        SQL.removeHandler(COUNTER);
        SQL.setUseParentHandlers(true);
    }

    /** The statements one request sends, once its answer is in and its connection back. */
    private int statements(AerieClient client, String path, int expectedArticles) throws InterruptedException {
        Thread.sleep(50); // the previous request's scope closes just after its answer: let it finish
        STATEMENTS.set(0);
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(expectedArticles, Api.list(response, "articles").size(), path);
        Thread.sleep(50);
        return STATEMENTS.get();
    }

    /** The statements one request sends and its article object, once its answer is in. */
    private int statements(Api.User user, String method, String path, long expectedFavorites, boolean expectedFavorited)
            throws InterruptedException {
        Thread.sleep(50);
        STATEMENTS.set(0);
        HttpResponse<String> response = api.send(user, method, path, "");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Object> article = Api.object(response, "article");
        assertEquals(expectedFavorites, Api.number(article, "favoritesCount"), method + " " + path);
        assertEquals(expectedFavorited, article.get("favorited"), method + " " + path);
        Thread.sleep(50);
        return STATEMENTS.get();
    }

    @Test
    void oneArticleAndAFavoriteCostAFewStatements() throws InterruptedException {
        User author = api.user();
        User reader = api.user();
        api.follow(reader, author.username());
        String slug = Api.string(api.article(author, "Counted alone", List.of("b", "a")), "slug");
        String path = "/api/articles/" + slug;

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("one article, anonymous", statements(null, "GET", path, 0, false));
        counts.put("one article, logged in", statements(reader, "GET", path, 0, false));
        counts.put("favorite", statements(reader, "POST", path + "/favorite", 1, true));
        counts.put("favorite again", statements(reader, "POST", path + "/favorite", 1, true));
        counts.put("one article, favorited", statements(reader, "GET", path, 1, true));
        counts.put("unfavorite", statements(reader, "DELETE", path + "/favorite", 0, false));
        counts.put("unfavorite again", statements(reader, "DELETE", path + "/favorite", 0, false));
        System.out.println("SQL statements per request for one article: " + counts);
        // the joined read and the tags; a favorite adds the counter (its lock) and the row or the count given back
        assertEquals(Map.of("one article, anonymous", 2, "one article, logged in", 2, "favorite", 4, "favorite again", 4,
                "one article, favorited", 2, "unfavorite", 4, "unfavorite again", 4), counts);

        HttpResponse<String> seen = api.as(reader).get(path);
        Map<String, Object> profile = Api.object(seen, "article");
        assertEquals(List.of("a", "b"), profile.get("tagList"));
        assertEquals(Boolean.TRUE, ((Map<?, ?>) profile.get("author")).get("following"));
        assertEquals(Boolean.FALSE, ((Map<?, ?>) Api.object(api.http.get(path), "article").get("author")).get("following"));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() throws InterruptedException {
        List<User> authors = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            authors.add(api.user());
        }
        User reader = api.user();
        api.follow(reader, authors.get(0).username());
        api.follow(reader, authors.get(1).username());
        for (int i = 0; i < 110; i++) {
            Map<String, Object> article = api.article(authors.get(i % authors.size()), "Counted " + i, List.of("t" + (i % 7), "shared"));
            if (i % 3 == 0) {
                assertEquals(200, api.send(reader, "POST", "/api/articles/" + Api.string(article, "slug") + "/favorite", "").statusCode());
            }
        }
        STATEMENTS.set(0);
        api.http.get("/api/articles?limit=1");
        assertTrue(STATEMENTS.get() > 0, "db.echo logs the statements on dev.aerie.db.sql: none counted");

        Map<String, List<Integer>> counts = new LinkedHashMap<>();
        AerieClient loggedIn = api.as(reader);
        for (int size : new int[] {1, 20, 100}) {
            counts.computeIfAbsent("anonymous", k -> new ArrayList<>()).add(statements(api.http, "/api/articles?limit=" + size, size));
            counts.computeIfAbsent("logged in", k -> new ArrayList<>()).add(statements(loggedIn, "/api/articles?limit=" + size, size));
            counts.computeIfAbsent("by tag, logged in", k -> new ArrayList<>())
                    .add(statements(loggedIn, "/api/articles?tag=shared&limit=" + size, size));
            // the reader follows two of five authors: 44 of the 110 articles
            counts.computeIfAbsent("feed", k -> new ArrayList<>())
                    .add(statements(loggedIn, "/api/articles/feed?limit=" + size, Math.min(size, 44)));
        }
        System.out.println("SQL statements per request for pages of 1, 20, 100 articles: " + counts);
        counts.forEach((what, perSize) -> assertEquals(1, perSize.stream().distinct().count(),
                what + ": statements for pages of 1, 20, 100 articles: " + perSize));
    }
}

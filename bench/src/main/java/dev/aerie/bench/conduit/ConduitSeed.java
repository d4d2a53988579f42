package dev.aerie.bench.conduit;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.security.JwtSettings;
import dev.aerie.security.TokenService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of the Conduit benchmark, in the tables Conduit created (it must have started once on
 * this schema): 10 users, 200 articles by the first 9 with 2 of 10 tags each and 0 to 4 favorites,
 * and a reader (the 10th user) who follows 3 authors and favorited every third article. The same
 * every run: the tables are emptied first. Prints {@code TOKEN <jwt>}, the reader's token signed
 * with Conduit's development secret.
 * <pre>
 * ConduitSeed schema JDBC_URL SCHEMA     creates the schema if needed
 * ConduitSeed data JDBC_URL SECRET       fills the tables, prints the token
 * </pre>
 */
public final class ConduitSeed {
    static final int USERS = 10;
    static final int ARTICLES = 200;
    static final int TAGS = 10;
    /** Whom the reader follows: authors 1 to 3. */
    static final int FOLLOWED = 3;

    private ConduitSeed() {}

    public static void main(String[] args) throws SQLException {
        try (Connection c = DriverManager.getConnection(args[1])) {
            if (args[0].equals("schema")) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + args[2]);
                }
                return;
            }
            seed(c);
        }
        JwtSettings settings = JwtSettings.from(AerieConfig.of(Map.of("security.jwt.secret", args[2],
                "security.jwt.scheme", "Token", "security.jwt.ttl", "24h")));
        System.out.println("TOKEN " + new TokenService(settings).issue(String.valueOf(USERS)));
    }

    private static void seed(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE comments, favorites, article_tags, tags, follows, articles, users RESTART IDENTITY CASCADE");
        }
        List<Long> users = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO users (username, email, password_hash, bio, image) VALUES (?, ?, ?, ?, ?) RETURNING id")) {
            for (int i = 1; i <= USERS; i++) {
                p.setString(1, "user" + i);
                p.setString(2, "user" + i + "@example.com");
                p.setString(3, "not a hash: nobody logs in during the benchmark");
                p.setString(4, i % 2 == 0 ? null : "Bio of user " + i + ", who writes about \"things\".");
                p.setString(5, i % 3 == 0 ? null : "https://example.com/avatars/" + i + ".png");
                users.add(returnedId(p));
            }
        }
        List<Long> tags = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("INSERT INTO tags (name) VALUES (?) RETURNING id")) {
            for (int i = 0; i < TAGS; i++) {
                p.setString(1, "tag" + i);
                tags.add(returnedId(p));
            }
        }
        Instant start = Instant.parse("2026-01-01T00:00:00.123Z");
        String body = "Body text. ".repeat(100);
        try (PreparedStatement article = c.prepareStatement("INSERT INTO articles (slug, title, description, body, author_id,"
                + " favorites_count, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
             PreparedStatement tag = c.prepareStatement("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)");
             PreparedStatement favorite = c.prepareStatement("INSERT INTO favorites (user_id, article_id) VALUES (?, ?)")) {
            for (int n = 1; n <= ARTICLES; n++) {
                List<Long> favoritedBy = new ArrayList<>();
                for (int u = 1; u <= n % 5; u++) {
                    favoritedBy.add(users.get(u - 1));
                }
                if (n % 3 == 0) {
                    favoritedBy.add(users.get(USERS - 1));
                }
                OffsetDateTime at = start.plusSeconds(60L * n).atOffset(ZoneOffset.UTC);
                article.setString(1, "bench-article-" + n);
                article.setString(2, "Bench article " + n);
                article.setString(3, "What article " + n + " is about");
                article.setString(4, body);
                article.setLong(5, users.get((n - 1) % (USERS - 1)));
                article.setInt(6, favoritedBy.size());
                article.setObject(7, at);
                article.setObject(8, at.plusSeconds(n % 2 == 0 ? 0 : 5));
                long id = returnedId(article);
                for (long t : List.of(tags.get(n % TAGS), tags.get((n + 3) % TAGS))) {
                    tag.setLong(1, id);
                    tag.setLong(2, t);
                    tag.addBatch();
                }
                for (long u : favoritedBy) {
                    favorite.setLong(1, u);
                    favorite.setLong(2, id);
                    favorite.addBatch();
                }
            }
            tag.executeBatch();
            favorite.executeBatch();
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO follows (follower_id, followee_id) VALUES (?, ?)")) {
            for (int i = 1; i <= FOLLOWED; i++) {
                p.setLong(1, users.get(USERS - 1));
                p.setLong(2, users.get(i - 1));
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE");
        }
    }

    private static long returnedId(PreparedStatement p) throws SQLException {
        try (ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

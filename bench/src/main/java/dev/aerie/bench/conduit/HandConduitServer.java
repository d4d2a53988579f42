package dev.aerie.bench.conduit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The hand-written baseline of the Conduit benchmark: Helidon 4 handlers over HikariCP (Aerie's
 * pool defaults: max 10, min idle 1), the JWT checked with nimbus as a careful person would (one
 * verifier made at start), JSON written with jackson-core. Same tables, same answers as Conduit.
 * <ul>
 *   <li>{@code GET /api/articles?limit&offset}, {@code GET /api/articles/{slug}} and
 *       {@code POST /api/articles/{slug}/favorite}: plain JDBC, one SELECT per read (author,
 *       tags, favorited and following in subqueries, the total as a window count), the favorite
 *       as insert-if-absent, then the counter, in one transaction: the fastest a person writes;
 *   <li>{@code GET /plan/articles}: JDBI, the statements Conduit's {@code ArticlesService} sends
 *       (page, count, tag links, tags, authors, and follows and favorites when logged in), to tell
 *       the cost of Aerie's layer from that of its statement plan (issue 14).
 * </ul>
 * {@code GET /stats/statements} answers how many SQL statements it sent (BEGIN/COMMIT not counted).
 * {@code java dev.aerie.bench.conduit.HandConduitServer PORT JDBC_URL JWT_SECRET} prints {@code LISTENING <port>}.
 */
public final class HandConduitServer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String COLUMNS = "a.id, a.slug, a.title, a.description, %s a.created_at, a.updated_at,"
            + " a.favorites_count, u.username, u.bio, u.image,"
            + " ARRAY(SELECT t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id WHERE x.article_id = a.id"
            + " ORDER BY t.name COLLATE \"C\") AS tag_list, %s AS favorited, %s AS following";
    private static final String FAVORITED = "EXISTS (SELECT 1 FROM favorites v WHERE v.user_id = ? AND v.article_id = a.id)";
    private static final String FOLLOWING = "EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = ? AND f.followee_id = a.author_id)";
    private static final String PAGE = "SELECT %s, count(*) OVER () AS total FROM articles a JOIN users u ON u.id = a.author_id"
            + " ORDER BY a.created_at DESC, a.id DESC LIMIT ? OFFSET ?";
    private static final String LIST_ANONYMOUS = PAGE.formatted(COLUMNS.formatted("", "false", "false"));
    private static final String LIST_VIEWER = PAGE.formatted(COLUMNS.formatted("", FAVORITED, FOLLOWING));
    private static final String ONE = "SELECT %s FROM articles a JOIN users u ON u.id = a.author_id WHERE a.%s = ?";
    private static final String BY_SLUG_ANONYMOUS = ONE.formatted(COLUMNS.formatted("a.body,", "false", "false"), "slug");
    private static final String BY_SLUG_VIEWER = ONE.formatted(COLUMNS.formatted("a.body,", FAVORITED, FOLLOWING), "slug");
    private static final String BY_ID_VIEWER = ONE.formatted(COLUMNS.formatted("a.body,", FAVORITED, FOLLOWING), "id");

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final MACVerifier verifier;
    private final AtomicLong statements = new AtomicLong();

    private HandConduitServer(HikariDataSource pool, MACVerifier verifier) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        this.verifier = verifier;
    }

    public static void main(String[] args) throws JOSEException {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("hand-conduit");
        pool.setJdbcUrl(args[1]);
        pool.setMaximumPoolSize(Integer.getInteger("pool.max", 10));
        pool.setMinimumIdle(Integer.getInteger("pool.min", 1));
        pool.setConnectionTimeout(3000);
        HandConduitServer app = new HandConduitServer(pool, new MACVerifier(args[2].getBytes(StandardCharsets.UTF_8)));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .routing(app::routing)
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    private void routing(HttpRouting.Builder routing) {
        routing.get("/api/articles", this::list)
                .get("/plan/articles", this::planList)
                .get("/api/articles/{slug}", this::article)
                .post("/api/articles/{slug}/favorite", this::favorite)
                .get("/stats/statements", (req, res) -> res.send(String.valueOf(statements.get())));
    }

    /** A summary or a full article as the API shows it. */
    record Row(long id, String slug, String title, String description, Optional<String> body, Instant createdAt,
               Instant updatedAt, int favoritesCount, String username, Optional<String> bio, Optional<String> image,
               List<String> tagList, boolean favorited, boolean following) {}

    // ---- plain JDBC: one statement per read

    private void list(ServerRequest req, ServerResponse res) throws IOException, SQLException {
        OptionalLong viewer = viewer(req, res, false);
        if (viewer == null) {
            return;
        }
        Optional<Integer> limit = intParam(req, "limit", 20, 100);
        Optional<Integer> offset = intParam(req, "offset", 0, Integer.MAX_VALUE);
        if (limit.isEmpty() || offset.isEmpty()) {
            send(res, Status.create(422, "Unprocessable Content"), errors("limit", "must be between 0 and 100, offset at least 0"));
            return;
        }
        List<Row> rows = new ArrayList<>();
        long total = 0;
        try (Connection c = pool.getConnection();
             PreparedStatement p = c.prepareStatement(viewer.isPresent() ? LIST_VIEWER : LIST_ANONYMOUS)) {
            int i = 1;
            if (viewer.isPresent()) {
                p.setLong(i++, viewer.getAsLong());
                p.setLong(i++, viewer.getAsLong());
            }
            p.setInt(i++, limit.get());
            p.setInt(i, offset.get());
            statements.incrementAndGet();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, false));
                    total = rs.getLong("total");
                }
            }
            if (rows.isEmpty()) {
                try (PreparedStatement count = c.prepareStatement("SELECT count(*) FROM articles");
                     ResultSet rs = count.executeQuery()) {
                    statements.incrementAndGet();
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        }
        send(res, Status.OK_200, list(rows, total));
    }

    private void article(ServerRequest req, ServerResponse res) throws IOException, SQLException {
        OptionalLong viewer = viewer(req, res, false);
        if (viewer == null) {
            return;
        }
        Optional<Row> row;
        try (Connection c = pool.getConnection()) {
            row = viewer.isPresent()
                    ? one(c, BY_SLUG_VIEWER, viewer.getAsLong(), req.path().pathParameters().get("slug"))
                    : one(c, BY_SLUG_ANONYMOUS, null, req.path().pathParameters().get("slug"));
        }
        if (row.isEmpty()) {
            send(res, Status.NOT_FOUND_404, errors("article", "not found"));
            return;
        }
        send(res, Status.OK_200, envelope(row.get()));
    }

    private void favorite(ServerRequest req, ServerResponse res) throws IOException, SQLException {
        OptionalLong viewer = viewer(req, res, true);
        if (viewer == null) {
            return;
        }
        long user = viewer.getAsLong();
        Optional<Row> row;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                row = favorite(c, user, req.path().pathParameters().get("slug"));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        if (row.isEmpty()) {
            send(res, Status.NOT_FOUND_404, errors("article", "not found"));
            return;
        }
        send(res, Status.OK_200, envelope(row.get()));
    }

    private Optional<Row> favorite(Connection c, long user, String slug) throws SQLException {
        long id;
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM articles WHERE slug = ?")) {
            p.setString(1, slug);
            statements.incrementAndGet();
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                id = rs.getLong(1);
            }
        }
        boolean inserted;
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO favorites (user_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            p.setLong(1, user);
            p.setLong(2, id);
            statements.incrementAndGet();
            inserted = p.executeUpdate() == 1;
        }
        if (inserted) {
            try (PreparedStatement p = c.prepareStatement("UPDATE articles SET favorites_count = favorites_count + 1 WHERE id = ?")) {
                p.setLong(1, id);
                statements.incrementAndGet();
                p.executeUpdate();
            }
        }
        return one(c, BY_ID_VIEWER, user, id);
    }

    private Optional<Row> one(Connection c, String sql, Long viewer, Object key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            if (viewer != null) {
                p.setLong(i++, viewer);
                p.setLong(i++, viewer);
            }
            p.setObject(i, key);
            statements.incrementAndGet();
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(row(rs, true)) : Optional.empty();
            }
        }
    }

    private static Row row(ResultSet rs, boolean withBody) throws SQLException {
        Array tags = rs.getArray("tag_list");
        List<String> tagList = List.of((String[]) tags.getArray());
        tags.free();
        return new Row(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("description"),
                withBody ? Optional.of(rs.getString("body")) : Optional.empty(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("favorites_count"),
                rs.getString("username"), Optional.ofNullable(rs.getString("bio")), Optional.ofNullable(rs.getString("image")),
                tagList, rs.getBoolean("favorited"), rs.getBoolean("following"));
    }

    // ---- JDBI, Conduit's statement plan

    record ArticleRow(long id, String slug, String title, String description, long authorId, int favoritesCount,
                      Instant createdAt, Instant updatedAt) {}

    record UserRow(long id, String username, Optional<String> bio, Optional<String> image) {}

    private void planList(ServerRequest req, ServerResponse res) throws IOException {
        OptionalLong viewer = viewer(req, res, false);
        if (viewer == null) {
            return;
        }
        Optional<Integer> limit = intParam(req, "limit", 20, 100);
        Optional<Integer> offset = intParam(req, "offset", 0, Integer.MAX_VALUE);
        if (limit.isEmpty() || offset.isEmpty()) {
            send(res, Status.create(422, "Unprocessable Content"), errors("limit", "must be between 0 and 100, offset at least 0"));
            return;
        }
        byte[] body = jdbi.withHandle(h -> plan(h, limit.get(), offset.get(), viewer));
        send(res, Status.OK_200, body);
    }

    private byte[] plan(Handle h, int limit, int offset, OptionalLong viewer) {
        statements.addAndGet(2);
        List<ArticleRow> articles = h.createQuery("SELECT id, slug, title, description, author_id, favorites_count, created_at,"
                        + " updated_at FROM articles ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new ArticleRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6), rs.getObject(7, OffsetDateTime.class).toInstant(), rs.getObject(8, OffsetDateTime.class).toInstant()))
                .list();
        long total = h.createQuery("SELECT count(*) FROM articles").mapTo(Long.class).one();
        if (articles.isEmpty()) {
            return list(List.of(), total);
        }
        List<Long> ids = articles.stream().map(ArticleRow::id).toList();
        statements.addAndGet(3);
        Map<Long, List<Long>> tagIdsOf = new HashMap<>();
        h.createQuery("SELECT article_id, tag_id FROM article_tags WHERE article_id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .forEach(e -> tagIdsOf.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Long> tagIds = tagIdsOf.values().stream().flatMap(List::stream).distinct().toList();
        Map<Long, String> tagNames = new HashMap<>();
        h.createQuery("SELECT id, name FROM tags WHERE id IN (<ids>)").bindList("ids", tagIds)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .forEach(e -> tagNames.put(e.getKey(), e.getValue()));
        List<Long> authorIds = articles.stream().map(ArticleRow::authorId).distinct().toList();
        Map<Long, UserRow> authors = new HashMap<>();
        h.createQuery("SELECT id, username, bio, image FROM users WHERE id IN (<ids>)").bindList("ids", authorIds)
                .map((rs, ctx) -> new UserRow(rs.getLong(1), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4))))
                .forEach(u -> authors.put(u.id(), u));
        Set<Long> followed = new HashSet<>();
        Set<Long> favorited = new HashSet<>();
        if (viewer.isPresent()) {
            statements.addAndGet(2);
            followed.addAll(h.createQuery("SELECT followee_id FROM follows WHERE follower_id = :viewer AND followee_id IN (<ids>)")
                    .bind("viewer", viewer.getAsLong()).bindList("ids", authorIds).mapTo(Long.class).list());
            favorited.addAll(h.createQuery("SELECT article_id FROM favorites WHERE user_id = :viewer AND article_id IN (<ids>)")
                    .bind("viewer", viewer.getAsLong()).bindList("ids", ids).mapTo(Long.class).list());
        }
        List<Row> rows = new ArrayList<>(articles.size());
        for (ArticleRow a : articles) {
            List<String> tags = new ArrayList<>();
            tagIdsOf.getOrDefault(a.id(), List.of()).forEach(t -> tags.add(tagNames.get(t)));
            tags.sort(null);
            UserRow author = authors.get(a.authorId());
            rows.add(new Row(a.id(), a.slug(), a.title(), a.description(), Optional.empty(), a.createdAt(), a.updatedAt(),
                    a.favoritesCount(), author.username(), author.bio(), author.image(), tags, favorited.contains(a.id()),
                    followed.contains(a.authorId())));
        }
        return list(rows, total);
    }

    // ---- HTTP details

    /** The caller's user id; empty without a token; null (401 sent) for a refused one or a missing one when required. */
    private OptionalLong viewer(ServerRequest req, ServerResponse res, boolean required) throws IOException {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isEmpty()) {
            if (required) {
                unauthorized(res, "this needs a token: Authorization: Token <jwt>");
                return null;
            }
            return OptionalLong.empty();
        }
        String value = header.get();
        if (!value.startsWith("Token ")) {
            unauthorized(res, "expected Authorization: Token <jwt>");
            return null;
        }
        try {
            SignedJWT jwt = SignedJWT.parse(value.substring("Token ".length()).strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                unauthorized(res, "the token's signature is not valid");
                return null;
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (expires == null || expires.toInstant().isBefore(Instant.now())) {
                unauthorized(res, "the token expired");
                return null;
            }
            return OptionalLong.of(Long.parseLong(claims.getSubject()));
        } catch (ParseException | JOSEException | RuntimeException e) {
            unauthorized(res, "the token is not a well-formed JWT");
            return null;
        }
    }

    private static void unauthorized(ServerResponse res, String why) throws IOException {
        res.header(HeaderNames.WWW_AUTHENTICATE, "Token");
        send(res, Status.UNAUTHORIZED_401, errors("token", why));
    }

    private static Optional<Integer> intParam(ServerRequest req, String name, int defaultValue, int max) {
        Optional<String> raw = req.query().first(name).asOptional();
        if (raw.isEmpty()) {
            return Optional.of(defaultValue);
        }
        try {
            int value = Integer.parseInt(raw.get());
            return value < 0 || value > max ? Optional.empty() : Optional.of(value);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void send(ServerResponse res, Status status, byte[] body) {
        res.status(status).header(HeaderNames.CONTENT_TYPE, "application/json").send(body);
    }

    // ---- JSON

    private static byte[] list(List<Row> rows, long total) {
        return json(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("articles");
            for (Row row : rows) {
                article(g, row);
            }
            g.writeEndArray();
            g.writeNumberField("articlesCount", total);
            g.writeEndObject();
        });
    }

    private static byte[] envelope(Row row) {
        return json(g -> {
            g.writeStartObject();
            g.writeFieldName("article");
            article(g, row);
            g.writeEndObject();
        });
    }

    private static void article(JsonGenerator g, Row row) throws IOException {
        g.writeStartObject();
        g.writeStringField("slug", row.slug());
        g.writeStringField("title", row.title());
        g.writeStringField("description", row.description());
        if (row.body().isPresent()) {
            g.writeStringField("body", row.body().get());
        }
        g.writeArrayFieldStart("tagList");
        for (String tag : row.tagList()) {
            g.writeString(tag);
        }
        g.writeEndArray();
        g.writeStringField("createdAt", instant(row.createdAt()));
        g.writeStringField("updatedAt", instant(row.updatedAt()));
        g.writeBooleanField("favorited", row.favorited());
        g.writeNumberField("favoritesCount", row.favoritesCount());
        g.writeObjectFieldStart("author");
        g.writeStringField("username", row.username());
        optional(g, "bio", row.bio());
        optional(g, "image", row.image());
        g.writeBooleanField("following", row.following());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    /** As Aerie writes instants: ISO-8601 in UTC with at least milliseconds. */
    private static String instant(Instant instant) {
        String text = instant.toString();
        return instant.getNano() == 0 ? text.substring(0, text.length() - 1) + ".000Z" : text;
    }

    private static byte[] errors(String field, String message) {
        return json(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("errors");
            g.writeArrayFieldStart(field);
            g.writeString(message);
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] json(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            writer.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

package dev.aerie.bench.db;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.zaxxer.hikari.HikariDataSource;
import dev.aerie.bench.http.Item;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.Handle;

/**
 * The hand-written baseline of the DB benchmark: a Helidon handler reading one row by id with raw
 * JDBI over a HikariCP pool configured like Aerie's default pool (max 10, min idle 1, 3 s timeout).
 * <ul>
 *   <li>{@code GET /items/{id}}: {@code jdbi.withHandle}, autocommit: what a person writes by hand;
 *   <li>{@code GET /tx/items/{id}}: {@code jdbi.inTransaction}: the same unit of work per request
 *       as Aerie's Session (BEGIN ... COMMIT), to tell the transaction's cost from the framework's.
 * </ul>
 * {@code java dev.aerie.bench.db.HandDbServer PORT JDBC_URL [USER] [PASSWORD]} prints {@code LISTENING <port>}.
 */
public final class HandDbServer {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String SELECT = "SELECT id, name, quantity, available FROM bench_items WHERE id = :id";

    private final Jdbi jdbi;

    private HandDbServer(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("hand-bench");
        pool.setJdbcUrl(args[1]);
        if (args.length > 2) {
            pool.setUsername(args[2]);
        }
        if (args.length > 3) {
            pool.setPassword(args[3]);
        }
        pool.setMaximumPoolSize(Integer.getInteger("pool.max", 10));
        pool.setMinimumIdle(Integer.getInteger("pool.min", 1));
        pool.setConnectionTimeout(3000);
        HandDbServer app = new HandDbServer(Jdbi.create(pool));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(app::routing)
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    private void routing(HttpRouting.Builder routing) {
        routing.get("/items/{id}", (req, res) -> item(req, res, false))
                .get("/tx/items/{id}", (req, res) -> item(req, res, true));
    }

    private void item(ServerRequest req, ServerResponse res, boolean transaction) throws IOException {
        long id;
        try {
            id = Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            problem(res, Status.BAD_REQUEST_400, "path parameter 'id' must be a whole number");
            return;
        }
        Optional<Item> item = transaction
                ? jdbi.inTransaction(h -> find(h, id))
                : jdbi.withHandle(h -> find(h, id));
        if (item.isEmpty()) {
            problem(res, Status.NOT_FOUND_404, "no item " + id);
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(json(item.get()));
    }

    private static Optional<Item> find(Handle h, long id) {
        return h.createQuery(SELECT)
                .bind("id", id)
                .map((rs, ctx) -> new Item(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getBoolean(4)))
                .findOne();
    }

    private static byte[] json(Item item) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(96);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("id", item.id());
            g.writeStringField("name", item.name());
            g.writeNumberField("quantity", item.quantity());
            g.writeBooleanField("available", item.available());
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void problem(ServerResponse res, Status status, String detail) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", "about:blank");
            g.writeStringField("title", status.reasonPhrase());
            g.writeNumberField("status", status.code());
            g.writeStringField("detail", detail);
            g.writeEndObject();
        }
        res.status(status).header(HeaderNames.CONTENT_TYPE, "application/problem+json").send(out.toByteArray());
    }
}

package dev.aerie.bench.limit;

import com.zaxxer.hikari.HikariDataSource;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The limit of the JDBC side (issue 20): the example's {@code GET /books/{id}} written by hand on
 * Helidon 4 with plain JDBC (one {@link PreparedStatement} per request, autocommit) over a HikariCP
 * pool of 10 (Aerie's default size), and the JSON written by hand ({@link BookJson}). A missing book
 * answers 404 with the example's problem body; a database error 503.
 * {@code java dev.aerie.bench.limit.LimitJdbcServer PORT JDBC_URL} prints {@code LISTENING <port>}.
 */
public final class LimitJdbcServer {
    private static final String SELECT = "SELECT id, title, author_id, year, isbn FROM books WHERE id = ?";

    private final HikariDataSource pool;

    private LimitJdbcServer(HikariDataSource pool) {
        this.pool = pool;
    }

    public static void main(String[] args) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("limit-jdbc");
        pool.setJdbcUrl(args[1]);
        pool.setMaximumPoolSize(Integer.getInteger("pool.max", 10));
        pool.setMinimumIdle(Integer.getInteger("pool.min", 1));
        pool.setConnectionTimeout(2000);
        LimitJdbcServer app = new LimitJdbcServer(pool);
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .routing(app::routing)
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    private void routing(HttpRouting.Builder routing) {
        routing.get("/books/{id}", this::book);
    }

    private void book(ServerRequest req, ServerResponse res) {
        long id;
        try {
            id = Long.parseLong(req.path().pathParameters().get("id"));
        } catch (NumberFormatException e) {
            problem(res, Status.BAD_REQUEST_400, "path variable 'id' must be a whole number");
            return;
        }
        byte[] json;
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(SELECT)) {
            s.setLong(1, id);
            try (ResultSet rs = s.executeQuery()) {
                json = rs.next()
                        ? BookJson.write(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getString(5))
                        : null;
            }
        } catch (SQLException e) {
            problem(res, Status.SERVICE_UNAVAILABLE_503, "the database is not available");
            return;
        }
        if (json == null) {
            problem(res, Status.NOT_FOUND_404, "not found");
            return;
        }
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(json);
    }

    static void problem(ServerResponse res, Status status, String detail) {
        res.status(status).header(HeaderNames.CONTENT_TYPE, "application/problem+json")
                .send(BookJson.problem(status.code(), status.reasonPhrase(), detail));
    }
}

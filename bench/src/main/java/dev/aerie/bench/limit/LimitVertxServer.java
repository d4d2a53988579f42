package dev.aerie.bench.limit;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * The limit of the Vert.x side (issue 20): the example's {@code GET /books/{id}} written by hand on
 * Helidon 4 (virtual threads) with vertx-pg-client pipelined: one event loop per core,
 * {@code -Dlimit.connections} connections (2 by default; 1 was slower and 4 faster with a far worse p99, see docs/BENCHMARKS.md),
 * pipelining limit 256, prepared statements cached; each request waits with {@code Future.await()}.
 * JSON written by hand ({@link BookJson}).
 * {@code java dev.aerie.bench.limit.LimitVertxServer PORT HOST:PGPORT DATABASE USER PASSWORD SCHEMA}
 * prints {@code LISTENING <port>}.
 */
public final class LimitVertxServer {
    private static final String SELECT = "SELECT id, title, author_id, year, isbn FROM books WHERE id = $1";

    private final SqlClient client;

    private LimitVertxServer(SqlClient client) {
        this.client = client;
    }

    public static void main(String[] args) {
        String host = args[1];
        int colon = host.lastIndexOf(':');
        int cores = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores).setPreferNativeTransport(false));
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(colon < 0 ? host : host.substring(0, colon))
                .setPort(colon < 0 ? 5432 : Integer.parseInt(host.substring(colon + 1)))
                .setDatabase(args[2])
                .setUser(args[3])
                .setPassword(args[4])
                .setPipeliningLimit(256)
                .setCachePreparedStatements(true)
                .addProperty("search_path", args[5]);
        SqlClient client = PgBuilder.client()
                .with(new PoolOptions().setMaxSize(Integer.getInteger("limit.connections", 2)).setEventLoopSize(cores))
                .connectingTo(connect)
                .using(vertx)
                .build();
        LimitVertxServer app = new LimitVertxServer(client);
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
            LimitJdbcServer.problem(res, Status.BAD_REQUEST_400, "path variable 'id' must be a whole number");
            return;
        }
        RowSet<Row> rows;
        try {
            rows = client.preparedQuery(SELECT).execute(Tuple.of(id)).await();
        } catch (RuntimeException e) {
            LimitJdbcServer.problem(res, Status.SERVICE_UNAVAILABLE_503, "the database is not available");
            return;
        }
        if (rows.size() == 0) {
            LimitJdbcServer.problem(res, Status.NOT_FOUND_404, "not found");
            return;
        }
        Row row = rows.iterator().next();
        res.header(HeaderNames.CONTENT_TYPE, "application/json").send(BookJson.write(row.getLong(0), row.getString(1),
                row.getLong(2), row.getInteger(3), row.getString(4)));
    }
}

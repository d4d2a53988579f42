package dev.aerie.bench.vertx;

import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hand-written baseline of the Vert.x benchmark: Helidon handlers (virtual threads) on the raw
 * Vert.x PostgreSQL client, set up as Aerie's Vert.x backend sets up its read pool by default
 * (one event loop per core, 10 pipelined connections or {@code -Draw.connections}, pipelining
 * limit 256, prepared statements cached), waiting with {@code Future.await()}. The 20-row case sends all 20 queries
 * before waiting for the first answer.
 * {@code java dev.aerie.bench.vertx.RawVertxServer PORT HOST[:PGPORT] DATABASE USER [PASSWORD]} prints
 * {@code LISTENING <port>}.
 */
public final class RawVertxServer {
    private static final String SELECT = "SELECT id, random_number FROM vertx_world WHERE id = $1";

    private final SqlClient client;

    private RawVertxServer(SqlClient client) {
        this.client = client;
    }

    public static void main(String[] args) {
        RawVertxServer app = new RawVertxServer(client(args[1], args[2], args[3], args.length > 4 ? args[4] : ""));
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .routing(app::routing)
                .build()
                .start();
        System.out.println("LISTENING " + server.port());
    }

    /** The client as the baseline sets it up (see the class comment); {@code host} may end in {@code :port}. */
    static SqlClient client(String host, String database, String user, String password) {
        int colon = host.lastIndexOf(':');
        int cores = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(cores).setPreferNativeTransport(false));
        PgConnectOptions connect = new PgConnectOptions()
                .setHost(colon < 0 ? host : host.substring(0, colon))
                .setPort(colon < 0 ? 5432 : Integer.parseInt(host.substring(colon + 1)))
                .setDatabase(database)
                .setUser(user)
                .setPassword(password)
                .setPipeliningLimit(256)
                .setCachePreparedStatements(true);
        return PgBuilder.client()
                .with(new PoolOptions().setMaxSize(Integer.getInteger("raw.connections", 10)).setEventLoopSize(cores))
                .connectingTo(connect)
                .using(vertx)
                .build();
    }

    /** One row by id, as the handler reads it. */
    static Optional<World> find(SqlClient client, long id) {
        RowSet<Row> rows = client.preparedQuery(SELECT).execute(Tuple.of(id)).await();
        return rows.size() == 0 ? Optional.empty() : Optional.of(world(rows.iterator().next()));
    }

    /** Rows by id, all queries sent before the first answer is awaited. */
    static List<World> findEach(SqlClient client, List<Long> ids) {
        List<Future<RowSet<Row>>> sent = new ArrayList<>(ids.size());
        for (long id : ids) {
            sent.add(client.preparedQuery(SELECT).execute(Tuple.of(id)));
        }
        List<World> worlds = new ArrayList<>(sent.size());
        for (Future<RowSet<Row>> future : sent) {
            RowSet<Row> rows = future.await();
            if (rows.size() > 0) {
                worlds.add(world(rows.iterator().next()));
            }
        }
        return worlds;
    }

    private void routing(HttpRouting.Builder routing) {
        routing.get("/plain/{id}", this::plain).get("/db/{id}", this::one).get("/queries/{first}", this::many);
    }

    private void plain(ServerRequest req, ServerResponse res) throws IOException {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        WorldJson.send(res, WorldJson.write(new World(id, 1)));
    }

    private void one(ServerRequest req, ServerResponse res) throws IOException {
        long id = Long.parseLong(req.path().pathParameters().get("id"));
        Optional<World> world = find(client, id);
        if (world.isEmpty()) {
            res.status(Status.NOT_FOUND_404).send();
            return;
        }
        WorldJson.send(res, WorldJson.write(world.get()));
    }

    private void many(ServerRequest req, ServerResponse res) throws IOException {
        long first = Long.parseLong(req.path().pathParameters().get("first"));
        WorldJson.send(res, WorldJson.write(findEach(client, WorldTable.ids(first, WorldController.QUERIES))));
    }

    private static World world(Row row) {
        return new World(row.getLong(0), row.getInteger(1));
    }
}

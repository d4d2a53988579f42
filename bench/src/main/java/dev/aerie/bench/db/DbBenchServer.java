package dev.aerie.bench.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.db.Database;
import dev.aerie.runtime.db.DatabaseConfig;
import dev.aerie.runtime.http.AerieServer;
import io.helidon.config.Config;
import io.helidon.webserver.WebServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Serves GET /books/{id} for the single-row benchmark (bench/db-bench.sh), either as the Aerie
 * application ({@code aerie}) or as a hand-written Helidon handler on raw JDBI with a pool of
 * the same settings ({@code raw}); {@code seed} creates and fills the table. Database settings
 * come from the usual {@code db.*} keys (system properties here).
 *
 * <p>Usage: {@code DbBenchServer seed|aerie|raw [port]}
 */
public final class DbBenchServer {
    static final int ROWS = 1000;

    private DbBenchServer() {}

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "aerie";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        switch (mode) {
            case "seed" -> seed();
            case "aerie" -> aerie(port);
            case "raw" -> raw(port);
            default -> throw new IllegalArgumentException("mode must be seed, aerie or raw, not " + mode);
        }
    }

    private static void seed() {
        try (Container container = Aerie.create(BenchDbModule.class)) {
            Database db = container.get(Database.class);
            db.dropAll();
            db.createAll();
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 1; i <= ROWS; i++) {
                rows.add(Map.of("title", "Title " + i, "author", "Author " + (i % 37), "year", 1900 + i % 120));
            }
            db.withSession(s -> s.executeMany("INSERT INTO bench_books (title, author, \"year\") VALUES (:title, :author, :year)",
                    rows));
            System.out.println("seeded " + ROWS + " rows into " + db.config().url());
        }
    }

    private static void aerie(int port) throws InterruptedException {
        Container container = Aerie.create(BenchDbModule.class);
        AerieServer server = AerieServer.start(container, AerieConfig.of(Map.of("server.port", String.valueOf(port),
                "server.host", "127.0.0.1")));
        System.out.println("aerie listening on " + server.port());
        Thread.currentThread().join();
    }

    private static void raw(int port) throws InterruptedException {
        DatabaseConfig config = DatabaseConfig.from(Config.create());
        // the pool Database builds, with the same settings
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("raw-bench");
        pool.setJdbcUrl(config.url());
        config.user().ifPresent(pool::setUsername);
        config.password().ifPresent(pool::setPassword);
        pool.setMaximumPoolSize(config.maxSize());
        pool.setMinimumIdle(config.minIdle());
        pool.setConnectionTimeout(config.connectionTimeout().toMillis());
        pool.setInitializationFailTimeout(-1);
        Jdbi jdbi = Jdbi.create(pool);
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(port)
                .routing(routing -> routing.get("/books/ping/{id}", (req, res) -> {
                    long id = Long.parseLong(req.path().pathParameters().get("id"));
                    res.header("Content-Type", "application/json");
                    res.send("{\"id\":" + id + "}");
                }).get("/books/{id}", (req, res) -> {
                    long id = Long.parseLong(req.path().pathParameters().get("id"));
                    Optional<BenchRow> row = jdbi.withHandle(h -> h
                            .createQuery("SELECT id, title, author, \"year\" FROM bench_books WHERE id = :id")
                            .bind("id", id)
                            .map((rs, ctx) -> new BenchRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                            .findOne());
                    if (row.isEmpty()) {
                        res.status(404).send();
                    } else {
                        res.header("Content-Type", "application/json");
                        res.send(row.get().json());
                    }
                }))
                .build()
                .start();
        System.out.println("raw listening on " + server.port());
        Thread.currentThread().join();
    }
}

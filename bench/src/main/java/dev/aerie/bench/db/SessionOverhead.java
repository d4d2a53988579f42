package dev.aerie.bench.db;

import com.zaxxer.hikari.HikariDataSource;
import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.RequestContext;
import dev.aerie.runtime.RequestScope;
import dev.aerie.runtime.db.Database;
import dev.aerie.runtime.db.DatabaseConfig;
import io.helidon.config.Config;
import org.jdbi.v3.core.Jdbi;

/**
 * The database path alone, no HTTP: one thread reads a row by id through a request scope and the
 * request-bound Session, then through a raw JDBI handle on a pool of the same settings,
 * alternating, and prints the mean time per read of each. Run after {@code DbBenchServer seed}.
 */
public final class SessionOverhead {
    private SessionOverhead() {}

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (Container container = Aerie.create(BenchDbModule.class)) {
            Session session = container.get(Session.class);
            container.get(Database.class);
            DatabaseConfig config = DatabaseConfig.from(Config.create());
            try (HikariDataSource pool = new HikariDataSource()) {
                pool.setJdbcUrl(config.url());
                config.user().ifPresent(pool::setUsername);
                config.password().ifPresent(pool::setPassword);
                pool.setMaximumPoolSize(config.maxSize());
                pool.setMinimumIdle(config.minIdle());
                Jdbi jdbi = Jdbi.create(pool);
                for (int round = 0; round < 6; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < reads; i++) {
                        long id = 1 + i % DbBenchServer.ROWS;
                        try (RequestContext request = RequestScope.open()) {
                            session.find(BenchRow.class, id).orElseThrow();
                            request.complete();
                        }
                    }
                    long aerie = (System.nanoTime() - start) / reads;
                    start = System.nanoTime();
                    for (int i = 0; i < reads; i++) {
                        long id = 1 + i % DbBenchServer.ROWS;
                        jdbi.withHandle(h -> h.createQuery("SELECT id, title, author, \"year\" FROM bench_books WHERE id = :id")
                                .bind("id", id)
                                .map((rs, ctx) -> new BenchRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                                .findOne()).orElseThrow();
                    }
                    long raw = (System.nanoTime() - start) / reads;
                    System.out.printf("round %d: session %d us/read, raw JDBI %d us/read%n", round, aerie / 1000, raw / 1000);
                }
            }
        }
    }
}

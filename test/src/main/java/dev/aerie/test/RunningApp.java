package dev.aerie.test;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.api.db.Database;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.http.AerieServer;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.StartupMigration;
import dev.aerie.runtime.internal.orm.diff.MigrationCheck;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** One started application of a test class: its container, its server and the system properties it set. */
final class RunningApp implements AutoCloseable {
    /** A system property that points every {@code @AerieTest} without its own {@code db.url} at another database. */
    static final String DB_URL_PROPERTY = "aerie.test.db.url";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Map<String, Optional<String>> previous;
    private final Container container;
    private final AerieServer server;
    private final AerieClient client;

    private RunningApp(Map<String, Optional<String>> previous, Container container, AerieServer server) {
        this.previous = previous;
        this.container = container;
        this.server = server;
        this.client = new AerieClient(URI.create("http://127.0.0.1:" + server.port()));
    }

    static RunningApp start(AerieTest test) {
        Map<String, String> config = config(test);
        Map<String, Optional<String>> previous = new LinkedHashMap<>();
        config.forEach((key, value) -> previous.put(key, Optional.ofNullable(System.setProperty(key, value))));
        Container container = null;
        try {
            container = Aerie.create(test.value());
            if (container.find(Database.class).isPresent()) {
                checkMigrations(container);
            }
            if (test.createTables()) {
                Container app = container;
                container.find(Database.class).ifPresent(database -> prepareSchema(ApplicationDatabase.of(database), app));
            }
            AerieServer server = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1",
                    // the schema is prepared above (or, with createTables = false, left alone)
                    "db.migrate", "false")));
            return new RunningApp(previous, container, server);
        } catch (RuntimeException | Error e) {
            if (container != null) {
                container.close();
            }
            restore(previous);
            throw e;
        }
    }

    /**
     * The build-time check (docs/migrations.md): an application whose entities describe a schema
     * its migration scripts do not produce fails its tests, naming each difference and the
     * {@code db diff} command that writes the missing script. {@code db.migration.check: false} turns it off.
     */
    private static void checkMigrations(Container container) {
        AerieConfig config = AerieConfig.load(List.of());
        if (config.getBoolean("db.migration.check", true)) {
            MigrationCheck.verify(container.getClass().getClassLoader(), MigrationSettings.from(config)::location);
        }
    }

    /**
     * An application with migrations for the dialect gets them applied (Flyway), as its deploys
     * will; then CREATE TABLE IF NOT EXISTS makes what is still missing, such as the tables of
     * entities of the test compilation (a no-op when the application creates its tables itself).
     */
    private static void prepareSchema(ApplicationDatabase database, Container container) {
        ClassLoader loader = container.getClass().getClassLoader();
        MigrationSettings settings = MigrationSettings.from(AerieConfig.load(List.of()));
        if (settings.present(database.sqlDialect(), loader)) {
            StartupMigration.apply(database, settings, loader);
        }
        database.createAll();
    }

    /**
     * The annotation's settings. Without a {@code db.url} there: the system property
     * {@code aerie.test.db.url} if set, else an in-memory H2 database of this class's own.
     */
    static Map<String, String> config(AerieTest test) {
        Map<String, String> config = new LinkedHashMap<>();
        for (String entry : test.config()) {
            int eq = entry.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("@AerieTest(config) entries are key=value, got '" + entry + "'");
            }
            config.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        // A cold JVM on a busy CI machine can take seconds to open the first connection; tests
        // are not about that timeout, so they wait longer than the 3s default unless told otherwise.
        config.putIfAbsent("db.pool.connection-timeout", "30s");
        if (!config.containsKey("db.url")) {
            config.put("db.url", Optional.ofNullable(System.getProperty(DB_URL_PROPERTY)).filter(url -> !url.isBlank())
                    .orElse("jdbc:h2:mem:aerie_test_" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"));
        }
        return config;
    }

    Container container() {
        return container;
    }

    AerieClient client() {
        return client;
    }

    URI baseUri() {
        return client.baseUri();
    }

    /** Deletes every row of every entity table, referencing tables first, in one transaction. */
    void cleanTables() {
        Optional<Database> found = container.find(Database.class);
        if (found.isEmpty()) {
            return;
        }
        ApplicationDatabase database = ApplicationDatabase.of(found.get());
        List<EntityTable<?>> tables = database.schema().entities();
        List<String> deletes = new ArrayList<>();
        for (int i = tables.size() - 1; i >= 0; i--) {
            deletes.add("DELETE FROM " + database.sqlDialect().quote(tables.get(i).table()));
        }
        database.withSession(session -> {
            deletes.forEach(session::execute);
            return null;
        });
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            try {
                container.close();
            } finally {
                restore(previous);
            }
        }
    }

    private static void restore(Map<String, Optional<String>> previous) {
        previous.forEach((key, value) -> value.ifPresentOrElse(v -> System.setProperty(key, v), () -> System.clearProperty(key)));
    }
}

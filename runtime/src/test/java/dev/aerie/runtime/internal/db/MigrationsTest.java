package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.Migrations;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Flyway migrations on real databases: a database at V1 with rows is migrated through V2 (a new
 * nullable column, an index, a renamed column) and V3 (a table with a composite key and a
 * cascading foreign key) and keeps every row; two instances migrating at once apply each script once.
 */
class MigrationsTest {
    private static final String LOCATION = "classpath:migrations/upgrade/{dialect}";
    private static final ClassLoader LOADER = MigrationsTest.class.getClassLoader();

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void upgradeKeepsEveryRowAndValue(TestServer server) {
        Map<String, String> settings = TestDatabases.fresh(server, "upgrade");
        try (ApplicationDatabase database = open(settings)) {
            Migrations migrations = migrations(database, settings);
            assertEquals(List.of("V1 init"), migrations.migrate(Optional.of("1")).scripts());
            assertEquals(List.of(false, false), migrations.pending().stream().map(Migrations.Script::applied).toList());
            database.withSession(session -> {
                session.execute("INSERT INTO up_authors (name) VALUES ('Ursula')");
                long author = session.fetchVal(Long.class, "SELECT id FROM up_authors").orElseThrow();
                session.execute("INSERT INTO up_books (title, author_id) VALUES ('The Dispossessed', " + author + ")");
                session.execute("INSERT INTO up_books (title, author_id) VALUES ('Lavinia', " + author + ")");
                return null;
            });

            Migrations.Applied applied = migrations.migrate();
            assertEquals(List.of("V2 isbn and headline", "V3 book tags"), applied.scripts());
            assertEquals(Optional.of("3"), applied.version());
            assertEquals(List.of(), migrations.pending());
            assertEquals(List.of("1", "2", "3"), migrations.status().stream().map(Migrations.Script::version).toList());

            database.withSession(session -> {
                assertEquals(List.of("Lavinia", "The Dispossessed"),
                        session.fetchAll(String.class, "SELECT headline FROM up_books ORDER BY headline"),
                        "the renamed column keeps its values");
                assertEquals(2L, session.fetchVal(Long.class, "SELECT COUNT(*) FROM up_books WHERE isbn IS NULL").orElseThrow());
                assertEquals("Ursula", session.fetchVal(String.class, "SELECT name FROM up_authors").orElseThrow());
                long book = session.fetchVal(Long.class, "SELECT id FROM up_books WHERE headline = 'Lavinia'").orElseThrow();
                session.execute("INSERT INTO up_book_tags (book_id, tag) VALUES (" + book + ", 'myth')");
                session.execute("DELETE FROM up_books WHERE id = " + book);
                assertEquals(0L, session.fetchVal(Long.class, "SELECT COUNT(*) FROM up_book_tags").orElseThrow(), "ON DELETE CASCADE");
                return null;
            });
            assertEquals(List.of(), migrations.migrate().scripts(), "a second run has nothing to do");
        }
    }

    @Test
    void twoInstancesMigratingAtOnceApplyEachScriptOnce() throws Exception {
        Map<String, String> settings = TestDatabases.fresh(TestServer.POSTGRESQL, "concurrent");
        try (ApplicationDatabase first = open(settings); ApplicationDatabase second = open(settings)) {
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<List<String>>> instances = new ArrayList<>();
            for (ApplicationDatabase database : List.of(first, second)) {
                instances.add(() -> {
                    Migrations migrations = migrations(database, settings);
                    start.await();
                    return migrations.migrate().scripts();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<String> applied = new ArrayList<>();
                for (Future<List<String>> result : pool.invokeAll(instances)) {
                    applied.addAll(result.get());
                }
                assertEquals(List.of("V1 init", "V2 isbn and headline", "V3 book tags"), applied.stream().sorted().toList(),
                        "every script applied exactly once between the two");
            } finally {
                pool.shutdownNow();
            }
            for (ApplicationDatabase database : List.of(first, second)) {
                assertEquals(Long.valueOf(3L), database.<Long, RuntimeException>withSession(session ->
                        session.fetchVal(Long.class, "SELECT COUNT(*) FROM flyway_schema_history WHERE success").orElseThrow()));
                assertEquals(List.of(), migrations(database, settings).pending(), "both see the database up to date");
            }
        }
    }

    @Test
    void aMissingLocationIsAnErrorNotNothingToDo() {
        Map<String, String> settings = TestDatabases.fresh(TestServer.H2, "missing");
        settings.put("db.migration.location", "classpath:migrations/nowhere/{dialect}");
        try (ApplicationDatabase database = open(settings)) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> migrations(database, settings).migrate());
            assertTrue(e.getMessage().contains("migrations/nowhere/h2"), e.getMessage());
        }
    }

    @Test
    void migrateAtStartDefaultsToTheEmbeddedDatabaseOnly() {
        Map<String, String> withScripts = Map.of("db.migration.location", LOCATION);
        assertTrue(MigrationSettings.from(AerieConfig.of(withScripts)).migrateAtStart(Dialect.H2, LOADER),
                "no db.url: the embedded database migrates itself");
        Map<String, String> memory = new HashMap<>(withScripts);
        memory.put("db.url", "jdbc:h2:mem:x");
        assertTrue(MigrationSettings.from(AerieConfig.of(memory)).migrateAtStart(Dialect.H2, LOADER), "H2 in memory is embedded too");
        memory.put("db.url", "jdbc:h2:tcp://db/x");
        assertFalse(MigrationSettings.from(AerieConfig.of(memory)).migrateAtStart(Dialect.H2, LOADER), "an H2 server is not");
        Map<String, String> production = new HashMap<>(withScripts);
        production.put("db.url", "jdbc:postgresql://db/prod");
        assertFalse(MigrationSettings.from(AerieConfig.of(production)).migrateAtStart(Dialect.POSTGRESQL, LOADER),
                "a configured database migrates with 'app db migrate' unless db.migrate says so");
        production.put("db.migrate", "true");
        assertTrue(MigrationSettings.from(AerieConfig.of(production)).migrateAtStart(Dialect.POSTGRESQL, LOADER));
        assertFalse(MigrationSettings.from(AerieConfig.of(Map.of("db.migration.location", "classpath:migrations/nowhere/{dialect}")))
                .migrateAtStart(Dialect.H2, LOADER), "no scripts, nothing to migrate");
    }

    private static ApplicationDatabase open(Map<String, String> settings) {
        return ApplicationDatabase.create(Config.just(ConfigSources.create(settings)), TestSchema.SCHEMA);
    }

    private static Migrations migrations(ApplicationDatabase database, Map<String, String> settings) {
        Map<String, String> values = new HashMap<>(settings);
        values.putIfAbsent("db.migration.location", LOCATION);
        return MigrationSettings.from(AerieConfig.of(values)).open(database, LOADER);
    }
}

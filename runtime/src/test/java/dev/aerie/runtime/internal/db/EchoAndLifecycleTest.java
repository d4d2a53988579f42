package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** SQL echo, the lazy pool, and createAll/dropAll/ddl on the embedded H2 database. */
class EchoAndLifecycleTest {

    @Test
    void echoLogsEveryStatementWithItsParametersAtInfo() {
        Logger logger = Logger.getLogger("dev.aerie.db.sql");
        List<LogRecord> records = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try (ApplicationDatabase db = TestDatabases.separate(TestServer.H2, Map.of("db.echo", "true"))) {
            db.withSession(s -> s.fetchAll("SELECT name FROM rt_authors WHERE name = :name", Map.of("name", "Echo")));
        } finally {
            logger.removeHandler(handler);
        }
        assertEquals(1, records.size(), records.toString());
        LogRecord record = records.getFirst();
        assertEquals(Level.INFO, record.getLevel());
        String text = java.text.MessageFormat.format(record.getMessage(), record.getParameters());
        assertTrue(text.contains("SELECT name FROM rt_authors WHERE name = :name"), text);
        assertTrue(text.contains("'Echo'"), text);
    }

    @Test
    void nothingConnectsUntilASessionIsUsed() {
        try (ApplicationDatabase db = TestDatabases.separate(TestServer.H2, Map.of("db.pool.min-size", "2"))) {
            assertEquals(new PoolStats(0, 0, 0, 0), db.poolStats(), "creating the database opens no pool");
            try (OpenSession s = db.openSession()) {
                assertEquals(0, db.poolStats().total(), "opening a session takes no connection");
                s.findAll(Author.class);
                assertEquals(1, db.poolStats().active());
            }
            assertEquals(0, db.poolStats().active());
        }
    }

    @Test
    void createAllAndDropAllOnAFreshDatabase() {
        try (ApplicationDatabase db = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:lifecycle;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"),
                TestSchema.SCHEMA)) {
            db.createAll();
            Author a = db.withSession(s -> s.insert(new Author(null, "x")));
            assertEquals(List.of(a), db.withSession(s -> s.findAll(Author.class)));
            db.dropAll();
            assertEquals(List.of(), db.withSession(s -> s.fetchAll(
                    "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'rt_%'")));
            db.dropAll(); // idempotent
            assertTrue(db.ddl(Dialect.MARIADB).contains("AUTO_INCREMENT"));
        }
    }

    @Test
    void aMissingDdlResourceIsExplained() {
        ClassLoader noResources = new ClassLoader(null) {}; // the test classpath holds generated DDL
        Schema empty = new Schema(List.of(), List.of(), Ddl.resources(noResources));
        try (ApplicationDatabase db = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:noddl;DATABASE_TO_LOWER=TRUE"), empty)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, db::createAll);
            assertTrue(e.getMessage().contains("META-INF/aerie/schema/h2.sql"), e.getMessage());
            assertTrue(e.getMessage().contains("annotation processor path"), e.getMessage());
        }
    }
}

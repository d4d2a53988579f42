package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's notices ({@code CREATE TABLE IF NOT EXISTS} on tables that exist: 42P07 "already
 * exists, skipping") are not warnings: creating the tables again logs nothing at WARNING on the
 * Vert.x backend (the client's default handler logged each as a WARNING full of null fields).
 */
class PostgresNoticesTest {

    @Test
    void creatingAnExistingTableAgainLogsNoWarning() {
        List<LogRecord> warnings = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try (ApplicationDatabase db = TestDatabases.separate(TestServer.POSTGRESQL_VERTX, Map.of())) {
            // the table exists already: the statement draws a notice, as the generated DDL does at every start
            db.withSession(s -> s.execute("CREATE TABLE IF NOT EXISTS rt_authors (id BIGINT)", Map.of()));
            assertTrue(db.withSession(s -> s.fetchVal(Integer.class, "SELECT 1")).isPresent());
        } finally {
            root.removeHandler(capture);
        }
        assertEquals(List.of(), warnings.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DatabaseUnavailableException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server process ended while its query runs ({@code pg_terminate_backend}: SQLSTATE 57P01 on
 * JDBC, a reset socket on Vert.x) fails the request with 503 and {@code Retry-After}, keeps
 * nothing of it, and the next request gets a new connection.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(value = TestServer.class, names = {"POSTGRESQL", "POSTGRESQL_VERTX"})
class ConnectionKilledMidQueryTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    Session session;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
        session = db.requestSession();
    }

    @Test
    void aQueryWhoseBackendIsKilledIs503AndTheNextRequestSucceeds() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "lost with the connection"));
            int pid = session.fetchVal(Integer.class, "SELECT pg_backend_pid()").orElseThrow();
            CompletableFuture<Void> killer = CompletableFuture.runAsync(() -> terminateWhileSleeping(pid));
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                    () -> session.fetchVal(Integer.class, "SELECT 1 FROM pg_sleep(30)"));
            killer.get(30, TimeUnit.SECONDS);
            assertEquals(503, e.status());
            assertTrue(e.headers().containsKey("Retry-After"), e.headers().toString());
            assertTrue(e.getMessage().startsWith("The connection to the database was lost during the request"), e.getMessage());
        }
        assertEquals(0, TestDatabases.committedRows(server, "rt_authors"), "nothing of the request stayed");
        assertEquals(0, db.poolStats().active(), "the broken connection was given back");

        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "next request"));
            request.complete();
        }
        assertEquals(1, TestDatabases.committedRows(server, "rt_authors"), "a new connection, no restart");
    }

    /** Waits until backend {@code pid} runs pg_sleep, then ends it from a second connection. */
    private void terminateWhileSleeping(int pid) {
        try (Connection observer = TestDatabases.observer(server);
             PreparedStatement sleeping = observer.prepareStatement(
                     "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = ? AND query LIKE '%pg_sleep(30)%' AND state = 'active'");
             PreparedStatement kill = observer.prepareStatement("SELECT pg_terminate_backend(?)")) {
            sleeping.setInt(1, pid);
            for (int i = 0; i < 200; i++) {
                try (var rs = sleeping.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        break;
                    }
                }
                Thread.sleep(25);
            }
            kill.setInt(1, pid);
            kill.execute();
        } catch (Exception e) {
            throw new IllegalStateException("could not end backend " + pid, e);
        }
    }
}

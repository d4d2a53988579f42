package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DatabaseUnavailableException;
import dev.aerie.api.db.Row;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.vertx.VertxBackend;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.orm.RequestBoundSession;
import io.vertx.core.Vertx;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What only the Vert.x backend does, on the real PostgreSQL: batched reads, reads before the
 * first write outside the session's transaction, recovery from connections the server drops,
 * and waiting without blocking event loops or pinning carrier threads.
 */
class VertxSessionTest {
    private static final TestServer SERVER = TestServer.POSTGRESQL_VERTX;
    ApplicationDatabase db;
    Session session;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(SERVER);
        TestDatabases.clean(SERVER);
        session = db.requestSession();
    }

    private long stored() {
        return TestDatabases.committedRows(SERVER, "rt_authors");
    }

    @Test
    void theDriverSettingChoosesThisBackend() {
        assertEquals("vertx", db.driver());
        assertEquals("jdbc", TestDatabases.database(TestServer.POSTGRESQL).driver());
        try (OpenSession s = db.openSession()) {
            assertEquals("VertxSession", s.getClass().getSimpleName());
        }
    }

    @Test
    void findEachAnswersEveryIdInOrder() throws Exception {
        List<Author> authors = db.withSession(s -> List.of(s.insert(new Author(null, "a")), s.insert(new Author(null, "b")),
                s.insert(new Author(null, "c"))));
        long missing = authors.get(2).id() + 1000;
        List<Long> ids = List.of(authors.get(2).id(), missing, authors.get(0).id(), authors.get(1).id());
        try (RequestContext request = RequestScope.open()) {
            assertEquals(List.of(Optional.of(authors.get(2)), Optional.empty(), Optional.of(authors.get(0)),
                    Optional.of(authors.get(1))), session.findEach(Author.class, ids));
            assertFalse(current().connected(), "reads before the first write take no connection of their own");

            Author d = session.insert(new Author(null, "d"));
            assertTrue(current().connected());
            assertEquals(List.of(Optional.of(d), Optional.of(authors.get(0))),
                    session.findEach(Author.class, List.of(d.id(), authors.get(0).id())),
                    "after a write, the batch runs in the session's transaction and sees its own work");
            request.complete();
        }
        assertEquals(4, stored());
        assertEquals(List.of(), db.withSession(s -> s.findEach(Author.class, List.of())));
    }

    @Test
    void twentyIdsInOneBatch() {
        List<Author> authors = db.withSession(s -> {
            List<Author> inserted = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                inserted.add(s.insert(new Author(null, "author " + i)));
            }
            return inserted;
        });
        List<Long> ids = new ArrayList<>(authors.stream().map(Author::id).toList());
        Collections.reverse(ids);
        List<Optional<Author>> found = db.withSession(s -> s.findEach(Author.class, ids));
        List<Author> expected = new ArrayList<>(authors);
        Collections.reverse(expected);
        assertEquals(expected.stream().map(Optional::of).toList(), found);
    }

    @Test
    void fetchAllEachRunsTheQueryOncePerParameterSet() {
        db.withSession(s -> List.of(s.insert(new Author(null, "ann")), s.insert(new Author(null, "bob")),
                s.insert(new Author(null, "anna"))));
        List<List<String>> names = db.withSession(s -> s.fetchAllEach(String.class,
                "SELECT name FROM rt_authors WHERE name LIKE :prefix || '%' ORDER BY name",
                List.of(Map.of("prefix", "an"), Map.of("prefix", "b"), Map.of("prefix", "z"))));
        assertEquals(List.of(List.of("ann", "anna"), List.of("bob"), List.of()), names);
    }

    @Test
    void literalsCastsAndQuestionMarksInRawSqlStayAsWritten() {
        Row row = db.withSession(s -> s.fetchOne("SELECT ':no' AS text, :n::int + 1 AS n, '?' AS q, $$ :x $$ AS d -- :c\n",
                Map.of("n", 41))).orElseThrow();
        assertEquals(Map.of("text", ":no", "n", 42, "q", "?", "d", " :x "), row.asMap());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> db.withSession(s -> s.fetchVal(Integer.class, "SELECT :n::int", Map.of("n", "41"))));
        assertTrue(text.getMessage().contains("Bind a value of the type the SQL expects"), text.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> db.withSession(s -> s.fetchAll("SELECT :a, :b", Map.of("a", 1))));
        assertTrue(missing.getMessage().contains(":b"), missing.getMessage());
        assertEquals(Optional.empty(), db.withSession(s -> s.fetchVal(String.class, "SELECT :v",
                Collections.singletonMap("v", null))));
    }

    @Test
    void aConnectionDroppedByTheServerRollsBackTheRequestAndThePoolRecovers() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "lost with the connection"));
            int pid = session.fetchVal(Integer.class, "SELECT pg_backend_pid()").orElseThrow();
            terminate(pid);
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                    () -> session.insert(new Author(null, "after the drop")));
            assertEquals(503, e.status());
            assertTrue(e.headers().containsKey("Retry-After"));
            // the handler failed: the HTTP layer only closes
        }
        assertEquals(0, stored(), "nothing of the request stayed");
        assertEquals(0, db.poolStats().active(), "the broken connection was given back (and discarded)");

        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "next request"));
            request.complete();
        }
        assertEquals(1, stored(), "the pool opened a new connection: no restart needed");
    }

    @Test
    void droppedReadConnectionsAreReplaced() throws Exception {
        Author a = db.withSession(s -> s.insert(new Author(null, "a")));
        assertEquals(Optional.of(a), db.withSession(s -> s.find(Author.class, a.id())), "the read pool has connected");
        List<Integer> readers = pids(VertxBackend.READS_NAME);
        assertFalse(readers.isEmpty(), "the read pool's connections are named in pg_stat_activity");
        for (int pid : readers) {
            terminate(pid);
        }
        int failures = 0;
        Optional<Author> found = Optional.empty();
        for (int attempt = 0; attempt < 3 && found.isEmpty(); attempt++) {
            try {
                found = db.withSession(s -> s.find(Author.class, a.id()));
            } catch (DatabaseUnavailableException e) {
                failures++; // a query in flight on a dropped connection fails once, as a 503
            }
        }
        assertEquals(Optional.of(a), found);
        assertTrue(failures <= 1, failures + " failures");
        assertFalse(pids(VertxBackend.READS_NAME).stream().anyMatch(readers::contains), "new connections replaced them");
    }

    @Test
    void theSessionRefusesToBlockAnEventLoop() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            CompletableFuture<Throwable> seen = new CompletableFuture<>();
            vertx.runOnContext(v -> {
                try (OpenSession s = db.openSession()) {
                    s.find(Author.class, 1L);
                    seen.complete(null);
                } catch (Throwable t) {
                    seen.complete(t);
                }
            });
            Throwable failure = seen.get(10, TimeUnit.SECONDS);
            IllegalStateException e = assertInstanceOf(IllegalStateException.class, failure);
            assertTrue(e.getMessage().contains("event-loop thread, which must never block"), e.getMessage());
        } finally {
            vertx.close().await(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void requestsOnVirtualThreadsWaitWithoutPinningTheirCarriers() throws Exception {
        Author a = db.withSession(s -> s.insert(new Author(null, "a")));
        runRequests(a, 50); // warm up: classes loaded, pools connected
        List<RecordedEvent> pinned = Collections.synchronizedList(new ArrayList<>());
        try (RecordingStream recording = new RecordingStream()) {
            recording.enable("jdk.VirtualThreadPinned").withThreshold(Duration.ZERO).withStackTrace();
            recording.onEvent("jdk.VirtualThreadPinned", pinned::add);
            recording.startAsync();
            runRequests(a, 400);
            recording.stop();
        }
        assertEquals(List.of(), pinned.stream().map(event -> String.valueOf(event.getStackTrace())).toList());
        assertEquals(0, db.poolStats().active());
    }

    /** {@code count} requests on virtual threads, each reading, batching, writing and committing. */
    private void runRequests(Author a, int count) throws Exception {
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                done.add(threads.submit(() -> {
                    try (RequestContext request = RequestScope.open()) {
                        assertEquals(Optional.of(a), session.find(Author.class, a.id()));
                        assertEquals(3, session.findEach(Author.class, List.of(a.id(), a.id(), a.id())).size());
                        session.execute("UPDATE rt_authors SET name = name WHERE id = :id", Map.of("id", a.id()));
                        request.complete();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> future : done) {
                future.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private BackendSession current() {
        return ((RequestBoundSession) session).current();
    }

    /** Ends a server process from a second connection, and waits until it is gone. */
    private static void terminate(int pid) throws SQLException, InterruptedException {
        try (Connection observer = TestDatabases.observer(SERVER);
             PreparedStatement kill = observer.prepareStatement("SELECT pg_terminate_backend(?)")) {
            kill.setInt(1, pid);
            kill.execute();
        }
        for (int i = 0; i < 100 && TestDatabases.committedLong(SERVER,
                "SELECT COUNT(*) FROM pg_stat_activity WHERE pid = " + pid).orElseThrow() > 0; i++) {
            Thread.sleep(50);
        }
    }

    private static List<Integer> pids(String applicationName) throws SQLException {
        try (Connection observer = TestDatabases.observer(SERVER);
             PreparedStatement query = observer.prepareStatement(
                     "SELECT pid FROM pg_stat_activity WHERE application_name = ? AND datname = current_database()")) {
            query.setString(1, applicationName);
            List<Integer> pids = new ArrayList<>();
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    pids.add(rs.getInt(1));
                }
            }
            return pids;
        }
    }
}

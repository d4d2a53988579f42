package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.api.db.DatabaseException;
import dev.aerie.api.db.DatabaseUnavailableException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.db.TestEntities.Genre;
import dev.aerie.runtime.internal.db.TestEntities.Sample;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Database errors the client causes become problems (409, 400, 503), and in each case nothing
 * the request wrote stays stored.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class ErrorMappingTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long author;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
        author = db.withSession(s -> s.insert(new Author(null, "existing")).id());
        db.withSession(s -> s.insert(new Book(null, "existing", author, 2000, "taken-isbn", null)));
    }

    /**
     * Runs {@code work} as a request would (it first writes an author of its own), expects it to
     * fail with {@code type}, and checks that nothing of the request stayed written.
     */
    private <E extends DatabaseException> E failingRequest(Class<E> type, Consumer<Session> work) {
        Session session = db.requestSession();
        E failure;
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "written by the failing request"));
            failure = assertThrows(type, () -> work.accept(session));
            // the handler fails, so the HTTP layer never calls complete(): close() rolls back
        }
        assertEquals(1, TestDatabases.committedRows(server, "rt_authors"), "the request's own insert was rolled back");
        assertEquals(1, TestDatabases.committedRows(server, "rt_books"));
        assertEquals(0, db.poolStats().active(), "the connection went back to the pool");
        return failure;
    }

    @Test
    void uniqueViolationIs409NamingTheConstraint() {
        DataConflictException e = failingRequest(DataConflictException.class,
                s -> s.insert(new Book(null, "copy", author, 2001, "taken-isbn", Genre.NOVEL)));
        assertEquals(409, e.status());
        assertEquals("Conflict", e.title());
        assertEquals("rt_books_isbn_key", e.members().get("constraint"), e.getMessage() + " / " + e.getCause());
        assertTrue(e.getMessage().contains("rt_books_isbn_key"), e.getMessage());
        assertFalse(e.getMessage().contains("taken-isbn"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void duplicatePrimaryKeyIs409() {
        UUID id = UUID.randomUUID();
        Sample sample = new Sample(id, "t", 0, 0, (short) 0, false, 0, 0, BigDecimal.ONE, Genre.ESSAY, LocalDate.EPOCH,
                LocalDateTime.of(2000, 1, 1, 0, 0), Instant.EPOCH, OffsetDateTime.parse("2000-01-01T00:00:00Z"), new byte[0], null);
        db.withSession(s -> s.insert(sample));
        DataConflictException e = failingRequest(DataConflictException.class, s -> s.insert(sample));
        assertEquals(409, e.status());
    }

    @Test
    void notNullViolationIs400NamingTheColumn() {
        DataIntegrityException e = failingRequest(DataIntegrityException.class,
                s -> s.insert(new Book(null, null, author, 2001, null, null)));
        assertEquals(400, e.status());
        assertEquals("title", e.members().get("column"), e.getMessage());
        assertTrue(e.getMessage().contains("column title"), e.getMessage());
    }

    @Test
    void notNullViolationInRawSqlIs400() {
        DataIntegrityException e = failingRequest(DataIntegrityException.class,
                s -> s.execute("UPDATE rt_authors SET name = :name", java.util.Collections.singletonMap("name", null)));
        assertEquals("name", e.members().get("column"), e.getMessage());
    }

    @Test
    void missingReferencedRowIs400NamingTheForeignKey() {
        DataIntegrityException e = failingRequest(DataIntegrityException.class,
                s -> s.insert(new Book(null, "orphan", author + 100_000, 2001, null, null)));
        assertEquals(400, e.status());
        assertEquals("rt_books_author_id_fkey", e.members().get("constraint"), e.getMessage());
        assertTrue(e.getMessage().startsWith("A referenced row does not exist"), e.getMessage());
    }

    @Test
    void deletingAReferencedRowIs400() {
        DataIntegrityException e = failingRequest(DataIntegrityException.class, s -> s.deleteById(Author.class, author));
        assertEquals(400, e.status());
        assertEquals("rt_books_author_id_fkey", e.members().get("constraint"), e.getMessage());
        assertTrue(e.getMessage().startsWith("The row is still referenced"), e.getMessage());
    }

    @Test
    void anExhaustedPoolIs503WithRetryAfter() {
        try (ApplicationDatabase small = TestDatabases.separate(server,
                Map.of("db.pool.max-size", "1", "db.pool.connection-timeout", "1s"))) { // 1 s: room for a loaded machine
            try (OpenSession holder = small.openSession()) {
                // raw SQL runs in the session's transaction on every backend (entity reads before a
                // write may use Vert.x's shared pipelined pool): this takes the only connection
                holder.fetchAll("SELECT id FROM rt_authors");
                try (OpenSession waiting = small.openSession()) {
                    DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                            () -> waiting.fetchAll("SELECT id FROM rt_authors"));
                    assertEquals(503, e.status());
                    assertEquals("1", e.headers().get("Retry-After"));
                    assertTrue(e.getMessage().contains("not available"), e.getMessage());
                }
            }
            assertEquals(1, small.withSession(s -> s.findAll(Author.class)).size(), "works again once a connection is free");
        }
    }

    @Test
    void anUnreachableDatabaseIs503QuicklyNotAHang() {
        String url = switch (server) {
            case H2 -> "jdbc:h2:tcp://127.0.0.1:1/nothing";
            case POSTGRESQL, POSTGRESQL_VERTX -> "jdbc:postgresql://127.0.0.1:1/test";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:1/test";
        };
        try (ApplicationDatabase down = TestDatabases.separate(server, Map.of("db.url", url, "db.pool.connection-timeout", "500ms"))) {
            DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                    () -> down.withSession(s -> s.findAll(Author.class)));
            assertEquals(503, e.status());
            assertEquals("1", e.headers().get("Retry-After"));
        }
    }
}

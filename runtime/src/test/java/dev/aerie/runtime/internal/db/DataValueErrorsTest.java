package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.values.ValNote;
import dev.aerie.runtime.internal.db.values.ValNote.Kind;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Long text round-trips, and a value that does not fit its column (too long, out of range) is a
 * 400 naming the column, never quoting the value, with nothing of the request stored; on every
 * server and backend, through the generated table of {@link ValNote}.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class DataValueErrorsTest {
    private static final Schema SCHEMA = new Schema(List.of(dev.aerie.runtime.internal.db.values.ValNote_Table.INSTANCE),
            List.of(), Ddl.resources(DataValueErrorsTest.class.getClassLoader()));
    private static final Map<TestServer, ApplicationDatabase> DATABASES = new EnumMap<>(TestServer.class);

    @Parameter
    TestServer server;
    ApplicationDatabase db;

    @BeforeEach
    void setUp() {
        TestDatabases.database(server); // the run's schema, and a skip when the server is unreachable
        synchronized (DATABASES) {
            db = DATABASES.computeIfAbsent(server, s -> ApplicationDatabase.create(TestDatabases.config(s, Map.of()), SCHEMA));
        }
        db.createAll(); // other tests drop every table of this compilation; the script has IF NOT EXISTS
        try (Connection connection = TestDatabases.observer(server); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM val_notes");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValNote note(String code, String body, String amount) {
        return new ValNote(null, code, body, new BigDecimal(amount), Kind.MEMO, null);
    }

    /** Runs {@code work} as a request that first stores a note of its own; expects a 400 and nothing stored. */
    private DataIntegrityException failingRequest(Consumer<Session> work) {
        Session session = db.requestSession();
        DataIntegrityException failure;
        try (RequestContext request = RequestScope.open()) {
            session.insert(note("first", "written by the failing request", "1.0"));
            failure = assertThrows(DataIntegrityException.class, () -> work.accept(session));
        }
        assertEquals(0, TestDatabases.committedRows(server, "val_notes"), "the request's own insert was rolled back");
        assertEquals(0, db.poolStats().active(), "the connection went back to the pool");
        assertEquals(400, failure.status());
        assertEquals("Bad Request", failure.title());
        return failure;
    }

    @Test
    void longTextOfSeveralMegabytesRoundTrips() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 3_000_000) {
            text.append("Ünïcödé text, emoji \uD83D\uDE00, line ").append(text.length()).append('\n');
        }
        String body = text.toString();
        ValNote stored = db.withSession(s -> s.insert(note("big", body, "999.9")));
        ValNote read = db.withSession(s -> s.find(ValNote.class, stored.id())).orElseThrow();
        assertEquals(body.length(), read.body().length());
        assertEquals(body, read.body());
        long equal = db.withSession(s -> s.fetchVal(Long.class,
                "SELECT COUNT(*) FROM val_notes WHERE body = :body", Map.of("body", body))).orElseThrow();
        assertEquals(1, equal, "a text column compares with =");
    }

    @Test
    void aTooLongValueOnInsertIs400NamingTheColumn() {
        DataIntegrityException e = failingRequest(s -> s.insert(note("sixsix", "body", "1.0")));
        assertEquals("column code", column(e), e.getMessage());
        assertTrue(e.getMessage().startsWith("A value is too long for column code"), e.getMessage());
        assertFalse(e.getMessage().contains("sixsix"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void aTooLongValueOnUpdateIs400NamingTheColumn() {
        ValNote stored = db.withSession(s -> s.insert(note("ok", "body", "1.0")));
        Session session = db.requestSession();
        DataIntegrityException e;
        try (RequestContext request = RequestScope.open()) {
            e = assertThrows(DataIntegrityException.class,
                    () -> session.update(new ValNote(stored.id(), "ok", "body", BigDecimal.ONE, Kind.REMINDER, null)));
        }
        assertEquals("column kind", column(e), e.getMessage());
        assertEquals("ok", db.withSession(s -> s.find(ValNote.class, stored.id())).orElseThrow().code(), "unchanged");
        assertEquals(Kind.MEMO, db.withSession(s -> s.find(ValNote.class, stored.id())).orElseThrow().kind(), "unchanged");
    }

    @Test
    void aNumberTooLargeForItsPrecisionIs400NamingTheColumn() {
        DataIntegrityException e = failingRequest(s -> s.insert(note("big", "body", "1000.0")));
        assertEquals("column amount", column(e), e.getMessage());
        assertTrue(e.getMessage().startsWith("A number is out of range for column amount"), e.getMessage());
        assertFalse(e.getMessage().contains("1000"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void aTooLongValueInRawSqlIs400() {
        DataIntegrityException e = failingRequest(s -> s.execute(
                "INSERT INTO val_notes (code, body, amount, kind) VALUES (:code, 'b', 1, 'MEMO')", Map.of("code", "sixsix")));
        assertTrue(e.getMessage().startsWith("A value is too long"), e.getMessage());
        assertFalse(e.getMessage().contains("sixsix"), "the value is not echoed: " + e.getMessage());
        if (server.dialect() != Dialect.POSTGRESQL) {
            assertEquals("code", e.members().get("column"), "H2 and MariaDB name the column: " + e.getMessage());
        } else {
            assertEquals(5, e.members().get("maxLength"), "PostgreSQL names the type's length only: " + e.getMessage());
        }
    }

    @Test
    void anIntegerOutOfRangeInRawSqlIs400() {
        DataIntegrityException e = failingRequest(s -> s.execute(
                "UPDATE val_notes SET amount = :amount", Map.of("amount", new BigDecimal("123456789"))));
        assertTrue(e.getMessage().startsWith("A number is out of range"), e.getMessage());
        assertFalse(e.getMessage().contains("123456789"), "the value is not echoed: " + e.getMessage());
    }

    @Test
    void aValueTooLargeToIndexIs400OnPostgresqlAndStoredElsewhere() {
        StringBuilder random = new StringBuilder();
        java.util.Random digits = new java.util.Random(42);
        while (random.length() < 3500) {
            random.append(Long.toString(digits.nextLong(), 36)); // incompressible: PostgreSQL compresses before it checks
        }
        String ref = random.substring(0, 3500);
        ValNote note = new ValNote(null, "ref", "body", BigDecimal.ONE, Kind.MEMO, ref);
        if (server.dialect() != Dialect.POSTGRESQL) {
            ValNote stored = db.withSession(s -> s.insert(note));
            assertEquals(ref, db.withSession(s -> s.find(ValNote.class, stored.id())).orElseThrow().ref(),
                    "H2 and MariaDB (a hash for a long unique key) index it");
            return;
        }
        DataIntegrityException e = failingRequest(s -> s.insert(note));
        assertEquals("val_notes_ref_key", e.members().get("constraint"), e.getMessage());
        assertTrue(e.getMessage().startsWith("A value is too long to be indexed"), e.getMessage());
    }

    private static String column(DataIntegrityException e) {
        return "column " + e.members().get("column");
    }
}

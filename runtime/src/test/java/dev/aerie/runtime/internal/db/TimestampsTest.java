package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.db.values.ValStamped;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Instant and OffsetDateTime columns keep microseconds on every server and backend, and the
 * session sets {@code @CreatedAt}/{@code @UpdatedAt} (in milliseconds) on insert and update; what a write returns
 * equals what a second connection and a later read find.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class TimestampsTest {
    private static final Schema SCHEMA = new Schema(List.of(dev.aerie.runtime.internal.db.values.ValStamped_Table.INSTANCE),
            List.of(), Ddl.resources(TimestampsTest.class.getClassLoader()));
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
            statement.execute("DELETE FROM val_stamped");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private ValStamped read(long id) {
        return db.withSession(s -> s.find(ValStamped.class, id)).orElseThrow();
    }

    /** created_at in epoch microseconds as a second connection reads it. */
    private long committedCreatedMicros(long id) {
        String micros = switch (server.dialect()) {
            case POSTGRESQL -> "CAST(EXTRACT(EPOCH FROM created_at) * 1000000 AS BIGINT)";
            case MARIADB -> "CAST(TIMESTAMPDIFF(MICROSECOND, '1970-01-01 00:00:00', created_at) AS SIGNED)";
            case H2 -> "DATEDIFF(MICROSECOND, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', created_at)";
        };
        return TestDatabases.committedLong(server, "SELECT " + micros + " FROM val_stamped WHERE id = " + id).orElseThrow();
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    @Test
    void insertSetsBothToOneTimeInMillisecondsAndTheReadGivesTheSameValues() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ValStamped inserted = db.withSession(s -> s.insert(new ValStamped(null, "a", null, null, null)));
        Instant after = Instant.now();
        assertNotNull(inserted.createdAt());
        assertEquals(inserted.createdAt(), inserted.updatedAt().toInstant(), "one time for both on insert");
        assertEquals(ZoneOffset.UTC, inserted.updatedAt().getOffset());
        assertTrue(!inserted.createdAt().isBefore(before) && !inserted.createdAt().isAfter(after), inserted.createdAt().toString());
        assertEquals(0, inserted.createdAt().getNano() % 1_000_000, "milliseconds, as JSON shows them");
        ValStamped read = read(inserted.id());
        assertEquals(inserted.createdAt(), read.createdAt(), "the Instant round-trips on " + server);
        assertEquals(inserted.updatedAt().toInstant(), read.updatedAt().toInstant(), "the OffsetDateTime round-trips on " + server);
        assertEquals(micros(inserted.createdAt()), committedCreatedMicros(inserted.id()), "what another connection sees");
    }

    @Test
    void updateSetsUpdatedAtAndKeepsCreatedAt() throws InterruptedException {
        ValStamped inserted = db.withSession(s -> s.insert(new ValStamped(null, "a", null, null, null)));
        Thread.sleep(2);
        ValStamped updated = db.withSession(s -> s.update(new ValStamped(inserted.id(), "b", null, inserted.createdAt(),
                inserted.updatedAt())));
        assertEquals(inserted.createdAt(), updated.createdAt());
        assertTrue(updated.updatedAt().isAfter(inserted.updatedAt()), inserted.updatedAt() + " then " + updated.updatedAt());
        ValStamped read = read(inserted.id());
        assertEquals("b", read.title());
        assertEquals(inserted.createdAt(), read.createdAt());
        assertEquals(updated.updatedAt().toInstant(), read.updatedAt().toInstant());
    }

    @Test
    void timesTheEntityCarriesOnInsertAreKept() {
        Instant created = Instant.parse("2020-01-02T03:04:05.123456Z");
        OffsetDateTime touched = OffsetDateTime.parse("2021-06-07T08:09:10.654321+02:00");
        ValStamped inserted = db.withSession(s -> s.insert(new ValStamped(null, "imported", null, created, touched)));
        assertEquals(created, inserted.createdAt());
        assertEquals(touched, inserted.updatedAt());
        ValStamped read = read(inserted.id());
        assertEquals(created, read.createdAt());
        assertEquals(touched.toInstant(), read.updatedAt().toInstant(), "the instant is kept; the offset comes back as stored");
    }

    @Test
    void anInstantFinerThanMicrosecondsIsStoredTruncatedAlikeEverywhere() {
        Instant nanos = Instant.parse("2024-02-29T12:34:56.123456789Z");
        ValStamped inserted = db.withSession(s -> s.insert(new ValStamped(null, "fine", nanos, null, null)));
        assertEquals(Instant.parse("2024-02-29T12:34:56.123456Z"), read(inserted.id()).due(),
                "truncated, not rounded, on " + server);
        Optional<ValStamped> found = db.withSession(s -> s.query(ValStamped.class)
                .where(dev.aerie.runtime.internal.db.values.ValStamped_.due, nanos).first());
        assertEquals(Optional.of(inserted.id()), found.map(ValStamped::id), "a comparison binds the value the same way");
    }
}

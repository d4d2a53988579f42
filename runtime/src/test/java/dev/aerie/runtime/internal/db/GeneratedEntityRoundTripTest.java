package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Query;
import dev.aerie.runtime.internal.db.schema.DdlAuthor;
import dev.aerie.runtime.internal.db.schema.DdlAuthor_Table;
import dev.aerie.runtime.internal.db.schema.DdlEdition;
import dev.aerie.runtime.internal.db.schema.DdlEdition_;
import dev.aerie.runtime.internal.db.schema.DdlEdition_Table;
import dev.aerie.runtime.internal.db.schema.DdlPublisher;
import dev.aerie.runtime.internal.db.schema.DdlPublisher_Table;
import dev.aerie.runtime.internal.db.schema.EditionSummary;
import dev.aerie.runtime.internal.db.schema.EditionSummary_Mapping;
import dev.aerie.runtime.internal.db.schema.Format;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The processor-generated tables, metamodel and projection mapping, used through the JDBI
 * session on each database: every supported type goes in and comes back equal.
 */
class GeneratedEntityRoundTripTest {
    private static final Schema SCHEMA = new Schema(
            List.of(DdlAuthor_Table.INSTANCE, DdlPublisher_Table.INSTANCE, DdlEdition_Table.INSTANCE),
            List.of(EditionSummary_Mapping.INSTANCE),
            Ddl.resources(GeneratedEntityRoundTripTest.class.getClassLoader()));

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void everySupportedTypeRoundTrips(TestServer server) {
        TestDatabases.requireReachable(server);
        try (ApplicationDatabase database = ApplicationDatabase.create(TestDatabases.config(server, Map.of()), SCHEMA)) {
            database.dropAll();
            database.createAll();
            try {
                roundTrip(database, server);
            } finally {
                database.dropAll();
            }
        }
    }

    private static void roundTrip(ApplicationDatabase database, TestServer server) {
        UUID publisherId = UUID.fromString("6f1c2a9e-0b4d-4c1e-9a57-3d2f1e0c8b7a");
        DdlEdition written = database.withSession(session -> {
            DdlAuthor author = session.insert(new DdlAuthor(null, "Ursula K. Le Guin"));
            assertNotNull(author.id(), "generated author id");
            session.insert(new DdlPublisher(publisherId, "Ace"));
            return session.insert(full(author.id(), publisherId));
        });
        assertTrue(written.id() > 0, "generated edition id");
        assertEquals("kept in memory only", written.note(), "insert keeps the transient field of the given entity");

        DdlEdition read = database.withSession(session -> session.find(DdlEdition.class, written.id())).orElseThrow();
        assertSame(written, read, server);
        assertNull(read.note(), "transient fields come back null");

        DdlEdition sparse = database.withSession(session -> session.insert(sparse(written.authorId())));
        DdlEdition sparseRead = database.withSession(session -> session.find(DdlEdition.class, sparse.id())).orElseThrow();
        assertSame(sparse, sparseRead, server);

        DdlPublisher publisher = database.withSession(session -> session.find(DdlPublisher.class, publisherId)).orElseThrow();
        assertEquals("Ace", publisher.getName());

        // typed query through the generated metamodel
        List<DdlEdition> ebooks = database.withSession(session -> {
            Query<DdlEdition> query = session.query(DdlEdition.class).where(DdlEdition_.format, Format.EBOOK);
            return query.list();
        });
        assertEquals(List.of(sparse.id()), ebooks.stream().map(DdlEdition::id).toList());

        // update every column, then read back
        DdlEdition changed = new DdlEdition(written.id(), written.authorId(), null, 3, null, (short) 100, null, false,
                null, 1.0, null, 2.0f, null, 7L, null, new BigDecimal("1.00"), null, written.sku(), Format.PAPERBACK,
                Format.HARDCOVER, LocalDate.of(1970, 1, 1), null, Instant.parse("1969-07-20T20:17:40.000001Z"),
                null, null, "Changed", null);
        database.withSession(session -> session.update(changed));
        assertSame(changed, database.withSession(session -> session.find(DdlEdition.class, written.id())).orElseThrow(), server);

        // the composite unique index holds
        assertThrows(DataConflictException.class, () -> database.withSession(session -> session.insert(
                new DdlEdition(0, changed.authorId(), null, changed.editionNumber(), null, (short) 1, null, true, null,
                        0, null, 0, null, 1, null, BigDecimal.ONE, null, UUID.randomUUID(), Format.EBOOK, null,
                        LocalDate.of(2000, 1, 1), null, Instant.EPOCH, null, null, "Duplicate", null))));

        // the generated projection mapping, from raw SQL
        List<EditionSummary> summaries = database.withSession(session -> session.fetchAll(EditionSummary.class,
                "SELECT stock, pages, format, edition_title FROM ddl_edition ORDER BY id", Map.of()));
        assertEquals(List.of(new EditionSummary("Changed", Format.PAPERBACK, (short) 100, null),
                new EditionSummary("Sparse", Format.EBOOK, (short) 1, null)), summaries);

        boolean deleted = database.withSession(session -> session.delete(sparseRead));
        assertTrue(deleted, "deleted");
        assertEquals(Optional.empty(), database.withSession(session -> session.find(DdlEdition.class, sparse.id())));
    }

    private static DdlEdition full(Long authorId, UUID publisherId) {
        return new DdlEdition(0, authorId, publisherId, 2, 5000, (short) 320, (short) 410, true, Boolean.FALSE,
                4.25, 9.5, 21.5f, 29.7f, 9780441478125L, 12L, new BigDecimal("12.50"), new BigDecimal("0.99"),
                UUID.fromString("0e4b1f0c-5d3a-4a8e-8f2b-7c6d5e4f3a2b"), Format.HARDCOVER, Format.PAPERBACK,
                LocalDate.of(1969, 3, 1), LocalDateTime.parse("1969-02-14T09:30:15.123456"),
                Instant.parse("2024-02-29T12:34:56.123456Z"), OffsetDateTime.parse("2024-03-01T10:00:00.654321+02:00"),
                new byte[] {0, 1, 2, (byte) 0xFF}, "The Left Hand of Darkness", "kept in memory only");
    }

    private static DdlEdition sparse(Long authorId) {
        return new DdlEdition(0, authorId, null, 1, null, (short) 1, null, false, null, 0.0, null, 0.0f, null, 1L,
                null, new BigDecimal("0.00"), null, UUID.randomUUID(), Format.EBOOK, null, LocalDate.of(2001, 1, 1),
                null, Instant.EPOCH, null, null, "Sparse", null);
    }

    /** Field by field: arrays by content, decimals by value, zoned times by instant (PostgreSQL and MariaDB keep UTC). */
    private static void assertSame(DdlEdition expected, DdlEdition actual, TestServer server) {
        String on = " on " + server;
        assertEquals(expected.id(), actual.id(), "id" + on);
        assertEquals(expected.authorId(), actual.authorId(), "authorId" + on);
        assertEquals(expected.publisherId(), actual.publisherId(), "publisherId" + on);
        assertEquals(expected.editionNumber(), actual.editionNumber(), "editionNumber" + on);
        assertEquals(expected.printRun(), actual.printRun(), "printRun" + on);
        assertEquals(expected.pages(), actual.pages(), "pages" + on);
        assertEquals(expected.weightGrams(), actual.weightGrams(), "weightGrams" + on);
        assertEquals(expected.signed(), actual.signed(), "signed" + on);
        assertEquals(expected.numbered(), actual.numbered(), "numbered" + on);
        assertEquals(expected.rating(), actual.rating(), "rating" + on);
        assertEquals(expected.score(), actual.score(), "score" + on);
        assertEquals(expected.widthCm(), actual.widthCm(), "widthCm" + on);
        assertEquals(expected.heightCm(), actual.heightCm(), "heightCm" + on);
        assertEquals(expected.isbn(), actual.isbn(), "isbn" + on);
        assertEquals(expected.stock(), actual.stock(), "stock" + on);
        assertEquals(0, expected.price().compareTo(actual.price()), "price " + actual.price() + on);
        if (expected.discount() == null) {
            assertNull(actual.discount(), "discount" + on);
        } else {
            assertEquals(0, expected.discount().compareTo(actual.discount()), "discount " + actual.discount() + on);
        }
        assertEquals(expected.sku(), actual.sku(), "sku" + on);
        assertEquals(expected.format(), actual.format(), "format" + on);
        assertEquals(expected.previousFormat(), actual.previousFormat(), "previousFormat" + on);
        assertEquals(expected.publishedOn(), actual.publishedOn(), "publishedOn" + on);
        assertEquals(expected.printedAt(), actual.printedAt(), "printedAt" + on);
        assertEquals(expected.createdAt(), actual.createdAt(), "createdAt" + on);
        assertEquals(expected.updatedAt() == null ? null : expected.updatedAt().toInstant(),
                actual.updatedAt() == null ? null : actual.updatedAt().toInstant(), "updatedAt" + on);
        assertArrayEquals(expected.cover(), actual.cover(), "cover" + on);
        assertEquals(expected.title(), actual.title(), "title" + on);
    }
}

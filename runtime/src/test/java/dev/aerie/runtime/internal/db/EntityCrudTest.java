package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.RowNotFoundException;
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
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Entity operations through EntityTable, checked against what a second connection sees. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class EntityCrudTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
    }

    @Test
    void insertReturnsTheGeneratedIdAndFindReadsItBack() {
        db.withSession(s -> {
            Author author = s.insert(new Author(null, "Ursula K. Le Guin"));
            assertNotNull(author.id());
            Book book = s.insert(new Book(null, "The Dispossessed", author.id(), 1974, "978-0060512750", Genre.NOVEL));
            assertNotNull(book.id());
            assertNotEquals(author.id(), null);
            assertEquals(Optional.of(book), s.find(Book.class, book.id()));
            assertEquals(Optional.of(book), s.find(Book.class, book.id().intValue()), "an Integer id finds a BIGINT id");
            assertEquals(Optional.empty(), s.find(Book.class, book.id() + 1000));
            return null;
        });
        assertEquals(1, TestDatabases.committedRows(server, "rt_books"));
    }

    @Test
    void findAllIsOrderedById() {
        List<Author> inserted = db.withSession(s -> List.of(
                s.insert(new Author(null, "b")), s.insert(new Author(null, "a")), s.insert(new Author(null, "c"))));
        List<Author> all = db.withSession(s -> s.findAll(Author.class));
        assertEquals(inserted, all);
        assertTrue(all.get(0).id() < all.get(1).id() && all.get(1).id() < all.get(2).id());
    }

    @Test
    void updateChangesEveryColumnAndNullsStayNull() {
        Book book = db.withSession(s -> {
            Author author = s.insert(new Author(null, "A"));
            return s.insert(new Book(null, "Draft", author.id(), 2000, "isbn-1", Genre.ESSAY));
        });
        Book changed = new Book(book.id(), "Final", book.authorId(), 2001, null, null);
        db.withSession(s -> s.update(changed));
        assertEquals(Optional.of(changed), db.withSession(s -> s.find(Book.class, book.id())));
        assertEquals(0, TestDatabases.committedLong(server, "SELECT COUNT(*) FROM rt_books WHERE isbn IS NOT NULL").orElseThrow());
    }

    @Test
    void updateOfAMissingRowIsA404Problem() {
        RowNotFoundException e = assertThrows(RowNotFoundException.class,
                () -> db.withSession(s -> s.update(new Author(987654L, "nobody"))));
        assertEquals(404, e.status());
        assertEquals("Author", e.members().get("entity"));
        assertTrue(e.getMessage().contains("no Author with this id"), e.getMessage());
    }

    @Test
    void deleteAndDeleteByIdSayWhetherThereWasARow() {
        Author a = db.withSession(s -> s.insert(new Author(null, "a")));
        Author b = db.withSession(s -> s.insert(new Author(null, "b")));
        assertEquals(Boolean.TRUE, db.withSession(s -> s.delete(a)));
        assertEquals(Boolean.FALSE, db.withSession(s -> s.delete(a)));
        assertEquals(Boolean.TRUE, db.withSession(s -> s.deleteById(Author.class, b.id())));
        assertEquals(Boolean.FALSE, db.withSession(s -> s.deleteById(Author.class, b.id())));
        assertEquals(0, TestDatabases.committedRows(server, "rt_authors"));
    }

    @Test
    void everyColumnTypeRoundTrips() {
        byte[] data = {0, 1, 2, (byte) 0xff, 42};
        Sample sample = new Sample(UUID.randomUUID(), "tëxt ☃", Integer.MIN_VALUE, Long.MAX_VALUE, (short) -7, true, 3.5e300,
                1.25f, new BigDecimal("12345.67"), Genre.POETRY, LocalDate.of(2026, 2, 28),
                LocalDateTime.of(2026, 11, 21, 17, 45, 1, 123456000), Instant.parse("2026-11-21T17:45:01.654321Z"),
                OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 6000, ZoneOffset.UTC), data, null);
        db.withSession(s -> s.insert(sample));
        Sample read = db.withSession(s -> s.find(Sample.class, sample.id())).orElseThrow();
        assertArrayEquals(data, read.data());
        // byte[] has identity equality: compare the rest through a copy carrying the same array
        assertEquals(sample, new Sample(read.id(), read.text(), read.intValue(), read.longValue(), read.shortValue(),
                read.flag(), read.doubleValue(), read.floatValue(), read.amount(), read.genre(), read.day(), read.localTime(),
                read.instant(), read.offsetTime().withOffsetSameInstant(ZoneOffset.UTC), data, read.maybe()));

        Sample updated = new Sample(sample.id(), "other", 1, 2, (short) 3, false, 0.5, 0.5f, new BigDecimal("0.10"),
                Genre.NOVEL, sample.day(), sample.localTime(), sample.instant(), sample.offsetTime(), new byte[0], 77);
        db.withSession(s -> s.update(updated));
        Sample again = db.withSession(s -> s.find(Sample.class, sample.id())).orElseThrow();
        assertEquals(77, again.maybe());
        assertEquals(0, again.data().length);
        assertEquals(new BigDecimal("0.10"), again.amount());
        assertFalse(again.flag());
    }

    @Test
    void zonedTimesKeepTheirInstant() {
        OffsetDateTime plusTwo = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.ofHours(2));
        Sample sample = new Sample(UUID.randomUUID(), "t", 0, 0, (short) 0, false, 0, 0, BigDecimal.ONE, Genre.ESSAY,
                LocalDate.EPOCH, LocalDateTime.of(2000, 1, 1, 0, 0), plusTwo.toInstant(), plusTwo, new byte[] {1}, 1);
        db.withSession(s -> s.insert(sample));
        Sample read = db.withSession(s -> s.find(Sample.class, sample.id())).orElseThrow();
        assertEquals(plusTwo.toInstant(), read.instant());
        assertEquals(plusTwo.toInstant(), read.offsetTime().toInstant());
    }
}

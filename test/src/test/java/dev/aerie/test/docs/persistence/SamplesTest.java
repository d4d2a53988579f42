package dev.aerie.test.docs.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the persistence.md samples on a fresh in-memory H2 database. */
class SamplesTest {
    private Database database;

    @BeforeEach
    void createTables() {
        database = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:docs-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"),
                LibraryModule_OrmProvider.SCHEMA);
        database.createAll();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void typedQueriesFilterOrderAndPage() {
        long author = database.withSession(db -> {
            long id = db.insert(new Author(null, "Le Guin")).id();
            for (int i = 0; i < 45; i++) {
                db.insert(new Book(null, "Novel " + i, id, 2000 + i, "isbn-" + i, Genre.NOVEL));
            }
            db.insert(new Book(null, "Old", id, 1969, null, Genre.NOVEL));
            db.insert(new Book(null, "Poems", id, 2010, "p", Genre.POETRY));
            return id;
        });
        Samples.Queried q = database.withSession(db -> new Samples(db).typedQueries(author));
        // 45 novels from 2000 on, newest first, page 3 of 20: years 2004 down to 2000
        assertEquals(List.of(2004, 2003, 2002, 2001, 2000), q.recent().stream().map(Book::year).toList());
        assertEquals(Optional.of("Old"), q.first().map(Book::title));
        assertEquals(47, q.count());
    }

    @Test
    void conditionsGroupAndAPageCountsEverything() {
        database.withSession(db -> {
            long id = db.insert(new Author(null, "Le Guin")).id();
            for (int i = 0; i < 65; i++) {
                db.insert(new Book(null, "Novel " + i, id, 2000 + i, "isbn-" + i, Genre.NOVEL));
            }
            db.insert(new Book(null, "Old", id, 1969, "old", null));
            db.insert(new Book(null, "50% off", id, 1968, "half", null));
            db.insert(new Book(null, "Poems", id, 2010, "p", Genre.POETRY));
            db.insert(new Book(null, "Poems without ISBN", id, 2011, null, Genre.POETRY));
            return null;
        });
        Samples.Grouped g = database.withSession(db -> new Samples(db).conditions(List.of(Genre.POETRY)));
        assertEquals(List.of("Old", "Poems"), g.matching().stream().map(Book::title).toList(), "NULL genre sorts first on H2");
        assertEquals(67, g.page().total());
        assertEquals(20, g.page().items().size());
        assertEquals("Novel 40", g.page().items().get(0).title());
    }

    @Test
    void rawSqlReadsWritesAndStreams() {
        long[] ids = database.withSession(db -> {
            long author = db.insert(new Author(null, "Le Guin")).id();
            long book = db.insert(new Book(null, "Lathe", author, 1971, null, Genre.NOVEL)).id();
            db.insert(new Book(null, "Dispossessed", author, 2001, null, Genre.NOVEL));
            return new long[] {author, book};
        });
        Samples.Raw raw = database.withSession(db -> {
            return new Samples(db).rawSql(ids[0], Map.of("isbn", "978-1", "id", ids[1]),
                    IntStream.range(0, 3).mapToObj(i -> Map.<String, Object>of("name", "w" + i)).toList());
        });
        assertEquals(List.of("Dispossessed"), raw.rows().stream().map(r -> r.get("title", String.class).orElseThrow()).toList());
        assertEquals(2, raw.books().size());
        assertEquals(List.of(new TitleCount("NOVEL", 2)), raw.stats());
        assertEquals(Optional.of(2L), raw.n());
        assertEquals(1, raw.changed());
        assertArrayEquals(new int[] {1, 1, 1}, raw.each());
        assertEquals(List.of("Dispossessed", "Lathe"), raw.streamed().stream().sorted().toList());
        assertEquals(Optional.of("978-1"), database.withSession(db -> db.find(Book.class, ids[1]).map(Book::isbn)));
    }

    @Test
    void aFailedNestedBlockUndoesOnlyItsOwnWork() {
        database.withSession(db -> db.insert(new Book(null, "First", db.insert(new Author(null, "X")).id(), 1970, "taken", null)));
        database.withSession(db -> {
            new Samples(db).nestedTransaction();
            return null;
        });
        database.withSession(db -> {
            assertEquals(List.of("X", "Le Guin"), db.findAll(Author.class).stream().map(Author::name).toList());
            assertEquals(List.of("First"), db.findAll(Book.class).stream().map(Book::title).toList());
            return null;
        });
    }
}

package dev.aerie.test.docs.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.test.docs.persistence.Author;
import dev.aerie.test.docs.persistence.Book;
import dev.aerie.test.docs.persistence.Genre;
import dev.aerie.test.docs.persistence.LibraryModule_OrmProvider;
import dev.aerie.test.docs.persistence.TitleCount;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the checked-sql.md samples on a fresh in-memory H2 database. */
class CheckedSqlSamplesTest {
    private Database database;
    private long leGuin;
    private long banks;

    @BeforeEach
    void fill() {
        database = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:checked-sql-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"), LibraryModule_OrmProvider.SCHEMA);
        database.createAll();
        database.withSession(db -> {
            leGuin = db.insert(new Author(null, "Le Guin")).id();
            banks = db.insert(new Author(null, "Banks")).id();
            db.insert(new Book(null, "The Dispossessed", leGuin, 1974, "d", Genre.NOVEL));
            db.insert(new Book(null, "The Lathe of Heaven", leGuin, 1971, "l", Genre.NOVEL));
            db.insert(new Book(null, "Excession", banks, 1996, null, Genre.NOVEL));
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void queryMethodsRun() {
        database.withSession(db -> {
            BookQueries books = BookQueries_Queries.create(db);
            assertEquals(Optional.of("The Dispossessed"), books.byIsbn("d").map(Book::title));
            assertEquals(List.of(1996, 1974, 1971), books.byAuthors(List.of(leGuin, banks)).stream().map(Book::year).toList());
            assertEquals(List.of(new TitleCount("Banks", 1), new TitleCount("Le Guin", 2)),
                    books.booksPerAuthor().stream().sorted(java.util.Comparator.comparing(TitleCount::title)).toList());
            assertEquals(2L, books.countSince(1974));
            assertEquals(2, books.forgetIsbns(leGuin));
            assertEquals(Optional.empty(), books.byIsbn("d"));
            return null;
        });
    }

    @Test
    void sessionCallsRun() {
        database.withSession(db -> {
            Shelf shelf = new Shelf(db);
            assertEquals(List.of("Excession"), shelf.fromYear(1996).stream().map(Book::title).toList());
            assertEquals(List.of("Excession", "The Dispossessed", "The Lathe of Heaven"),
                    shelf.sortedBy("title").stream().map(Book::title).toList());
            assertThrows(IllegalArgumentException.class, () -> shelf.sortedBy("1; DROP TABLE titles"));
            return null;
        });
    }
}

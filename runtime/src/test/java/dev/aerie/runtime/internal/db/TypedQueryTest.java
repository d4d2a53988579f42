package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Query.Op;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.db.TestEntities.Genre;
import dev.aerie.runtime.internal.db.TestSchema.Book_;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The typed query: where / order by / limit / offset / count on entity columns. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class TypedQueryTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    List<Book> books;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
        books = db.withSession(s -> {
            long author = s.insert(new Author(null, "A")).id();
            return List.of(
                    s.insert(new Book(null, "Alpha", author, 1990, "i-1", Genre.NOVEL)),
                    s.insert(new Book(null, "Beta", author, 2000, null, Genre.ESSAY)),
                    s.insert(new Book(null, "Gamma", author, 2010, "i-3", null)),
                    s.insert(new Book(null, "Delta", author, 2020, null, Genre.NOVEL)));
        });
    }

    private List<String> titles(List<Book> list) {
        return list.stream().map(Book::title).toList();
    }

    @Test
    void whereOrderLimitOffset() {
        db.withSession(s -> {
            assertEquals(List.of("Beta"), titles(s.query(Book.class).where(Book_.title, "Beta").list()));
            assertEquals(List.of("Delta", "Gamma"),
                    titles(s.query(Book.class).where(Book_.year, Op.GT, 2000).orderByDescending(Book_.year).list()));
            assertEquals(List.of("Alpha", "Beta"),
                    titles(s.query(Book.class).where(Book_.year, Op.LE, 2000).orderBy(Book_.title).list()));
            assertEquals(List.of("Beta", "Gamma"),
                    titles(s.query(Book.class).orderBy(Book_.year).limit(2).offset(1).list()));
            assertEquals(List.of("Gamma", "Delta"),
                    titles(s.query(Book.class).orderBy(Book_.year).offset(2).list()), "offset without limit");
            assertEquals(List.of("Alpha", "Delta"),
                    titles(s.query(Book.class).where(Book_.genre, Genre.NOVEL).orderBy(Book_.id).list()), "enum by name");
            assertEquals(List.of("Beta", "Delta"),
                    titles(s.query(Book.class).whereNull(Book_.isbn).orderBy(Book_.id).list()));
            assertEquals(List.of("Delta"), titles(s.query(Book.class).where(Book_.title, Op.LIKE, "%elt%").list()));
            assertEquals(List.of("Alpha", "Gamma", "Delta"),
                    titles(s.query(Book.class).where(Book_.year, Op.NE, 2000).orderBy(Book_.year).list()));
            assertEquals(List.of("Gamma"), titles(s.query(Book.class)
                    .where(Book_.year, Op.GE, 2010).where(Book_.year, Op.LT, 2020).list()), "conditions are ANDed");
            return null;
        });
    }

    @Test
    void firstAndCount() {
        db.withSession(s -> {
            assertEquals(Optional.of(books.get(3)), s.query(Book.class).orderByDescending(Book_.year).first());
            assertEquals(Optional.empty(), s.query(Book.class).where(Book_.year, 1800).first());
            assertEquals(4, s.query(Book.class).count());
            assertEquals(2, s.query(Book.class).where(Book_.genre, Genre.NOVEL).limit(1).count(), "limit does not apply to count");
            return null;
        });
    }

    @Test
    void aValueThatLooksLikeSqlIsOnlyAValue() {
        db.withSession(s -> {
            assertEquals(List.of(), s.query(Book.class).where(Book_.title, "x' OR '1'='1").list());
            assertEquals(0, s.query(Book.class).where(Book_.title, "\"; DROP TABLE rt_books; --").count());
            return null;
        });
        assertEquals(4, TestDatabases.committedRows(server, "rt_books"));
    }

    @Test
    void queriesAreImmutable() {
        db.withSession(s -> {
            var all = s.query(Book.class);
            var old = all.where(Book_.year, Op.LT, 2000);
            assertEquals(4, all.count());
            assertEquals(1, old.count());
            return null;
        });
    }

    @Test
    void foreignOrUnknownColumnsAreRejectedBeforeAnySql() {
        ColumnRef<Book, String> unknown = ColumnRef.of(Book.class, "no_such_column");
        IllegalArgumentException e = db.withSession(s -> assertThrows(IllegalArgumentException.class,
                () -> s.query(Book.class).where(unknown, "x")));
        assertTrue(e.getMessage().contains("Book has no column 'no_such_column'"), e.getMessage());
        @SuppressWarnings({"unchecked", "rawtypes"})
        ColumnRef<Book, String> foreign = (ColumnRef) ColumnRef.of(Author.class, "name");
        e = db.withSession(s -> assertThrows(IllegalArgumentException.class, () -> s.query(Book.class).orderBy(foreign)));
        assertTrue(e.getMessage().contains("does not belong to Book"), e.getMessage());
        e = db.withSession(s -> assertThrows(IllegalArgumentException.class, () -> s.query(Book.class).where(Book_.isbn, null)));
        assertTrue(e.getMessage().contains("whereNull"), e.getMessage());
    }
}

package dev.aerie.runtime.internal.db;

import static dev.aerie.api.db.Condition.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Query.Op;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.db.TestEntities.Genre;
import dev.aerie.runtime.internal.db.TestSchema.Book_;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The typed query: where (AND/OR/NOT, IN, NULL, LIKE), order by, limit / offset, count, page and increment on entity columns. */
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
    void orAndNotGroups() {
        db.withSession(s -> {
            assertEquals(List.of("Alpha", "Delta"), titles(s.query(Book.class)
                    .where(Book_.year.lt(1995).or(Book_.year.ge(2020))).orderBy(Book_.year).list()));
            assertEquals(List.of("Delta"), titles(s.query(Book.class)
                    .where(Book_.year.lt(1995).or(Book_.year.ge(2020)))
                    .where(Book_.isbn.isNull()).list()), "a group ANDed with another condition");
            assertEquals(List.of("Beta"), titles(s.query(Book.class).where(not(Book_.genre.eq(Genre.NOVEL))).list()),
                    "as in SQL, NOT of a comparison with a NULL column (Gamma's genre) is not true");
            assertEquals(List.of("Alpha", "Gamma"), titles(s.query(Book.class)
                    .where(not(Book_.isbn.isNull().or(Book_.year.gt(2015)))).orderBy(Book_.year).list()));
            assertEquals(List.of("Alpha", "Gamma"), titles(s.query(Book.class).where(Book_.isbn.isNotNull()).orderBy(Book_.year).list()));
            assertEquals(List.of("Beta", "Gamma"), titles(s.query(Book.class)
                    .where(Condition.all(Book_.year.gt(1990), Book_.year.le(2010), Book_.title.ne("Alpha"))).orderBy(Book_.year).list()));
            assertEquals(0, s.query(Book.class).where(Condition.any()).count(), "no alternative: nothing");
            assertEquals(4, s.query(Book.class).where(Condition.all()).count(), "no requirement: everything");
            return null;
        });
    }

    @Test
    void inACollection() {
        db.withSession(s -> {
            assertEquals(List.of("Alpha", "Gamma"), titles(s.query(Book.class).where(Book_.year.in(List.of(1990, 2010, 1800)))
                    .orderBy(Book_.year).list()));
            assertEquals(List.of("Alpha", "Delta"), titles(s.query(Book.class).where(Book_.genre.in(Set.of(Genre.NOVEL)))
                    .orderBy(Book_.year).list()), "enums by name");
            assertEquals(0, s.query(Book.class).where(Book_.year.in(List.of())).count(), "an empty list matches nothing");
            assertEquals(4, s.query(Book.class).where(not(Book_.year.in(List.of()))).count());
            List<Integer> many = java.util.stream.IntStream.range(0, 500).map(i -> 1500 + i * 2).boxed().toList();
            assertEquals(List.of("Alpha", "Beta", "Gamma", "Delta"), titles(s.query(Book.class).where(Book_.year.in(many))
                    .orderBy(Book_.year).list()), "500 values");
            return null;
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Book_.isbn.in(java.util.Arrays.asList("a", null)));
        assertTrue(e.getMessage().contains("leave it out and add isNull()"), e.getMessage());
    }

    @Test
    void likeWithEscaping() {
        db.withSession(s -> {
            long author = s.query(Book.class).first().orElseThrow().authorId();
            for (String title : List.of("100% Pure", "100 Pure", "snake_case", "snakeXcase", "wow!", "a!b")) {
                s.insert(new Book(null, title, author, 1999, null, null));
            }
            assertEquals(List.of("100% Pure"), titles(s.query(Book.class).where(Book_.title.contains("0%")).list()));
            assertEquals(List.of("snake_case"), titles(s.query(Book.class).where(Book_.title.contains("_")).list()));
            assertEquals(List.of("100% Pure"), titles(s.query(Book.class).where(Book_.title.startsWith("100%")).list()));
            assertEquals(List.of("a!b"), titles(s.query(Book.class).where(Book_.title.endsWith("!b")).list()));
            assertEquals(List.of("wow!"), titles(s.query(Book.class).where(Book_.title.endsWith("w!")).list()));
            assertEquals(List.of("snakeXcase", "snake_case"), titles(s.query(Book.class).where(Book_.title.like("snake_case"))
                    .orderBy(Book_.title).list()), "like() takes a pattern: _ is any one character");
            assertEquals(List.of("Delta"), titles(s.query(Book.class).where(Book_.title.like("%elt%")).list()));
            return null;
        });
    }

    @Test
    void orderBySeveralColumnsAndDescending() {
        db.withSession(s -> {
            assertEquals(List.of("Beta", "Delta", "Alpha"), titles(s.query(Book.class).where(Book_.genre.isNotNull())
                    .orderBy(Book_.genre).orderByDescending(Book_.year).list()), "ESSAY before NOVEL, then newest first");
            assertEquals(List.of("Delta", "Alpha", "Beta"), titles(s.query(Book.class).where(Book_.genre.isNotNull())
                    .orderByDescending(Book_.genre).orderByDescending(Book_.title).list()));
            return null;
        });
    }

    @Test
    void aPageHasItsItemsAndTheTotal() {
        db.withSession(s -> {
            Page<Book> page = s.query(Book.class).orderBy(Book_.year).page(2, 1);
            assertEquals(List.of("Beta", "Gamma"), titles(page.items()));
            assertEquals(4, page.total());
            assertTrue(page.hasMore());
            Page<Book> novels = s.query(Book.class).where(Book_.genre.eq(Genre.NOVEL)).orderBy(Book_.year).page(20, 0);
            assertEquals(List.of("Alpha", "Delta"), titles(novels.items()));
            assertEquals(2, novels.total());
            assertFalse(novels.hasMore());
            Page<Book> past = s.query(Book.class).orderBy(Book_.year).page(2, 10);
            assertEquals(List.of(), past.items());
            assertEquals(4, past.total(), "the total even past the last page");
            return null;
        });
    }

    @Test
    void incrementAddsInTheDatabase() {
        assertEquals(1, db.<Integer, RuntimeException>withSession(s -> s.query(Book.class).where(Book_.title.eq("Alpha")).increment(Book_.year, 5)));
        assertEquals(2, db.<Integer, RuntimeException>withSession(s -> s.query(Book.class).where(Book_.genre.eq(Genre.NOVEL)).increment(Book_.year, -1)));
        assertEquals(List.of(1994, 2019), db.withSession(s -> s.query(Book.class).where(Book_.genre.eq(Genre.NOVEL))
                .orderBy(Book_.year).list().stream().map(Book::year).toList()));
        assertEquals(Optional.of(1994L), TestDatabases.committedLong(server,
                TestSchema.sql("SELECT \"year\" FROM rt_books WHERE title = 'Alpha'", server.dialect())));
        IllegalArgumentException e = db.withSession(s -> assertThrows(IllegalArgumentException.class,
                () -> s.query(Book.class).limit(1).increment(Book_.year, 1)));
        assertTrue(e.getMessage().contains("remove orderBy/limit/offset"), e.getMessage());
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
        e = db.withSession(s -> assertThrows(IllegalArgumentException.class,
                () -> s.query(Book.class).where(Book_.year.gt(1).or(not(foreign.eq("x"))))));
        assertTrue(e.getMessage().contains("does not belong to Book"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Book_.isbn.eq(null));
        assertTrue(e.getMessage().contains("use isNull()"), e.getMessage());
        e = db.withSession(s -> assertThrows(IllegalArgumentException.class, () -> s.query(Book.class).where(Book_.year.like("1%"))));
        assertTrue(e.getMessage().contains("LIKE applies to String columns"), e.getMessage());
    }
}

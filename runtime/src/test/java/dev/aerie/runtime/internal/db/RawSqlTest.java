package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Row;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.db.TestEntities.Genre;
import dev.aerie.runtime.internal.db.TestEntities.TitleYear;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Raw SQL with :name parameters, mapped to entities, projections, scalars and rows. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class RawSqlTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long author;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
        author = db.withSession(s -> s.insert(new Author(null, "A")).id());
    }

    private void addBooks(int count) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> row = new HashMap<>();
            row.put("title", "Book " + i);
            row.put("author", author);
            row.put("year", 1900 + i);
            row.put("isbn", i % 2 == 0 ? null : "isbn-" + i);
            rows.add(row);
        }
        db.withSession(s -> s.executeMany(
                "INSERT INTO rt_books (title, author_id, " + yearColumn() + ", isbn) VALUES (:title, :author, :year, :isbn)", rows));
    }

    /** "year" is a keyword in H2; hand-written SQL quotes it the dialect's way. */
    private String yearColumn() {
        return server.dialect().quote("year");
    }

    @Test
    void aListParameterBindsEachElement() {
        addBooks(10);
        String y = yearColumn();
        List<String> titles = db.withSession(s -> s.fetchAll(String.class,
                "SELECT title FROM rt_books WHERE " + y + " IN (:years) AND author_id = :a ORDER BY " + y,
                Map.of("years", List.of(1901, 1903, 1999), "a", author)));
        assertEquals(List.of("Book 1", "Book 3"), titles);
        assertEquals(Optional.of(3L), db.withSession(s -> s.fetchVal(Long.class,
                "SELECT COUNT(*) FROM rt_books WHERE title IN (:t) OR isbn IN (:t)",
                Map.of("t", java.util.Set.of("Book 0", "Book 4", "isbn-5")))), "a list used twice");
        assertEquals(Optional.of(0L), db.withSession(s -> s.fetchVal(Long.class,
                "SELECT COUNT(*) FROM rt_books WHERE " + y + " IN (:years)", Map.of("years", List.of()))), "an empty list matches nothing");
        assertEquals(2, db.<Integer, RuntimeException>withSession(s -> s.execute(
                "UPDATE rt_books SET " + y + " = " + y + " + :n WHERE title IN (:titles)", Map.of("n", 100, "titles", List.of("Book 3", "Book 9")))));
        assertEquals(List.of(List.of("Book 2"), List.of("Book 5", "Book 6")), db.withSession(s -> s.fetchAllEach(String.class,
                "SELECT title FROM rt_books WHERE " + y + " IN (:years) ORDER BY title",
                List.of(Map.of("years", List.of(1902)), Map.of("years", List.of(1905, 1906))))), "lists of other sizes per map");
        try (var stream = db.openSession()) {
            try (ResultStream<String> rows = stream.iterate(String.class, "SELECT title FROM rt_books WHERE title IN (:t) ORDER BY title",
                    Map.of("t", List.of("Book 7", "Book 8")))) {
                List<String> streamed = new ArrayList<>();
                rows.forEach(streamed::add);
                assertEquals(List.of("Book 7", "Book 8"), streamed);
            }
        }
        assertEquals(Optional.of("a :t b"), db.withSession(s -> s.fetchVal(String.class,
                "SELECT 'a :t b' FROM rt_books WHERE title IN (:t)", Map.of("t", List.of("Book 1")))), "a marker inside a literal is text");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.withSession(s -> s.executeMany(
                "DELETE FROM rt_books WHERE title IN (:t)", List.of(Map.of("t", List.of("Book 1"))))));
        assertTrue(e.getMessage().contains("parameter :t cannot be a list"), e.getMessage());
    }

    @Test
    void executeManyRunsABatchAndReportsRowsPerParameterSet() {
        int[] counts = db.withSession(s -> s.executeMany(
                "INSERT INTO rt_books (title, author_id, " + yearColumn() + ") VALUES (:title, :author, :year)",
                List.of(Map.of("title", "a", "author", author, "year", 1),
                        Map.of("title", "b", "author", author, "year", 2),
                        Map.of("title", "c", "author", author, "year", 3))));
        assertEquals(3, counts.length);
        for (int count : counts) {
            assertTrue(count == 1 || count == java.sql.Statement.SUCCESS_NO_INFO, "count " + count);
        }
        assertEquals(3, TestDatabases.committedRows(server, "rt_books"));
        assertArrayEquals(new int[0], db.withSession(s -> s.executeMany("DELETE FROM rt_books", List.of())));
    }

    @Test
    void fetchAllMapsEntitiesByColumnLabelWhateverTheOrder() {
        addBooks(3);
        List<Book> books = db.withSession(s -> s.fetchAll(Book.class,
                "SELECT genre, isbn, " + yearColumn() + ", author_id, title, id FROM rt_books WHERE author_id = :author ORDER BY id",
                Map.of("author", author)));
        assertEquals(List.of("Book 0", "Book 1", "Book 2"), books.stream().map(Book::title).toList());
        assertEquals(1901, books.get(1).year());
        assertEquals("isbn-1", books.get(1).isbn());
        assertEquals(null, books.get(0).isbn());
    }

    @Test
    void projectionsAndScalars() {
        addBooks(5);
        db.withSession(s -> {
            List<TitleYear> rows = s.fetchAll(TitleYear.class,
                    "SELECT * FROM rt_books WHERE " + yearColumn() + " >= :from ORDER BY id", Map.of("from", 1903));
            assertEquals(List.of(new TitleYear("Book 3", 1903), new TitleYear("Book 4", 1904)), rows);
            assertEquals(Optional.of(5L), s.fetchVal(Long.class, "SELECT COUNT(*) FROM rt_books"));
            assertEquals(Optional.of(5), s.fetchVal(int.class, "SELECT COUNT(*) FROM rt_books"));
            assertEquals(Optional.of("Book 2"), s.fetchVal(String.class, "SELECT title FROM rt_books WHERE isbn IS NULL AND "
                    + yearColumn() + " = :y", Map.of("y", 1902)));
            assertEquals(Optional.empty(), s.fetchVal(String.class, "SELECT isbn FROM rt_books WHERE title = :t",
                    Map.of("t", "Book 0")), "SQL NULL is empty");
            assertEquals(Optional.empty(), s.fetchVal(String.class, "SELECT title FROM rt_books WHERE title = :t",
                    Map.of("t", "none")), "no row is empty");
            assertEquals(List.of("Book 0", "Book 1"), s.fetchAll(String.class,
                    "SELECT title FROM rt_books ORDER BY id LIMIT 2"));
            if (server == TestServer.POSTGRESQL) {
                assertEquals(Optional.of(5), s.fetchVal(Integer.class, "SELECT CAST(:v AS text)::int", Map.of("v", "5")),
                        "PostgreSQL's :: cast is not a parameter");
            }
            assertEquals(Optional.of(new BigDecimal("9510")), s.fetchVal(BigDecimal.class,
                    "SELECT SUM(" + yearColumn() + ") FROM rt_books").map(BigDecimal::stripTrailingZeros)
                    .map(d -> d.setScale(0)));
            return null;
        });
    }

    @Test
    void genericRows() {
        addBooks(2);
        db.withSession(s -> {
            List<Row> rows = s.fetchAll("SELECT id, title AS Name, isbn FROM rt_books ORDER BY id");
            assertEquals(2, rows.size());
            Row second = rows.get(1);
            assertEquals(List.of("id", "name", "isbn"), second.columns(), "labels are lower case");
            assertEquals("Book 1", second.get("NAME"));
            assertEquals("Book 1", second.get(1));
            assertEquals(Optional.of("isbn-1"), second.get("isbn", String.class));
            assertEquals(Optional.empty(), rows.get(0).get("isbn", String.class));
            long id = second.get("id", Long.class).orElseThrow();
            assertEquals(Optional.of((int) id), second.get("id", Integer.class));
            assertEquals(List.of("id", "name", "isbn"), List.copyOf(second.asMap().keySet()));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> second.get("nope"));
            assertTrue(e.getMessage().contains("no column 'nope'"), e.getMessage());

            Optional<Row> one = s.fetchOne("SELECT title FROM rt_books WHERE id = :id", Map.of("id", id));
            assertEquals("Book 1", one.orElseThrow().get("title"));
            assertEquals(Optional.empty(), s.fetchOne("SELECT title FROM rt_books WHERE id = :id", Map.of("id", -1)));
            assertEquals(Optional.of(new TitleYear("Book 0", 1900)), s.fetchOne(TitleYear.class,
                    "SELECT title, " + yearColumn() + " FROM rt_books ORDER BY id"));
            return null;
        });
    }

    @Test
    void executeCountsChangedRowsAndBindsEnumsAndNulls() {
        addBooks(4);
        int changed = db.withSession(s -> s.execute("UPDATE rt_books SET genre = :genre, isbn = :isbn WHERE "
                + yearColumn() + " < :y", mapOf("genre", Genre.POETRY, "isbn", null, "y", 1902)));
        assertEquals(2, changed);
        assertEquals(2, TestDatabases.committedLong(server, "SELECT COUNT(*) FROM rt_books WHERE genre = 'POETRY'").orElseThrow());
        assertEquals(0, TestDatabases.committedLong(server, "SELECT COUNT(*) FROM rt_books WHERE isbn = 'isbn-1'").orElseThrow());
    }

    private static Map<String, Object> mapOf(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void iterateStreamsRowsAndCloses() {
        addBooks(1000);
        db.withSession(s -> {
            long sum = 0;
            int count = 0;
            try (ResultStream<TitleYear> rows = s.iterate(TitleYear.class, "SELECT title, " + yearColumn()
                    + " FROM rt_books ORDER BY id", Map.of())) {
                for (TitleYear row : rows) {
                    sum += row.year();
                    count++;
                }
            }
            assertEquals(1000, count);
            assertEquals(IntStream.range(0, 1000).mapToLong(i -> 1900 + i).sum(), sum);

            // stop early: closing releases the cursor and the session goes on working
            try (ResultStream<Row> rows = s.iterate("SELECT id FROM rt_books ORDER BY id", Map.of())) {
                Iterator<Row> it = rows.iterator();
                it.next();
                it.next();
            }
            try (var titles = s.iterate(String.class, "SELECT title FROM rt_books WHERE id > :id ORDER BY id",
                    Map.of("id", 0)).stream()) {
                assertEquals(List.of("Book 0", "Book 1"), titles.limit(2).toList());
            }
            assertEquals(Optional.of(1000L), s.fetchVal(Long.class, "SELECT COUNT(*) FROM rt_books"));
            return null;
        });
    }

    @Test
    void mistakesAreNamed() {
        addBooks(1);
        db.withSession(s -> {
            IllegalStateException missing = assertThrows(IllegalStateException.class,
                    () -> s.fetchAll(TitleYear.class, "SELECT title FROM rt_books"));
            assertTrue(missing.getMessage().contains("no column 'year' for TitleYear"), missing.getMessage());
            IllegalArgumentException notMapped = assertThrows(IllegalArgumentException.class,
                    () -> s.fetchAll(RawSqlTest.class, "SELECT title FROM rt_books"));
            assertTrue(notMapped.getMessage().contains("@Projection"), notMapped.getMessage());
            IllegalArgumentException badParam = assertThrows(IllegalArgumentException.class,
                    () -> s.fetchAll("SELECT title FROM rt_books WHERE title = :t", Map.of("t", new Object())));
            assertTrue(badParam.getMessage().contains("parameter :t"), badParam.getMessage());
            return null;
        });
    }

    @Test
    void parametersAreNeverSql() {
        addBooks(2);
        String attack = "x' OR '1'='1";
        assertEquals(0, db.withSession(s -> s.fetchAll("SELECT * FROM rt_books WHERE title = :t", Map.of("t", attack))).size());
        int deleted = db.withSession(s -> s.execute("DELETE FROM rt_books WHERE title = :t", Map.of("t", attack)));
        assertEquals(0, deleted);
        assertEquals(2, TestDatabases.committedRows(server, "rt_books"));
    }
}

package dev.aerie.test.docs.persistence;

import static dev.aerie.api.db.Condition.not;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Query.Op;
import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Row;
import dev.aerie.api.db.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The persistence.md samples, as methods a test runs against a real database. */
final class Samples {
    private final Session db;

    Samples(Session db) {
        this.db = db;
    }

    record Queried(List<Book> recent, Optional<Book> first, long count) {}

    Queried typedQueries(long authorId) {
        // snippet:typed-queries
        List<Book> recent = db.query(Book.class)
                .where(Book_.year, Op.GE, 2000)
                .where(Book_.genre, Genre.NOVEL)      // conditions are ANDed; enums compare by name
                .orderByDescending(Book_.year)
                .limit(20).offset(40)
                .list();
        Optional<Book> first = db.query(Book.class).whereNull(Book_.isbn).first();
        long count = db.query(Book.class).where(Book_.authorId, authorId).count();  // ignores order/limit/offset
        // end::typed-queries
        return new Queried(recent, first, count);
    }

    record Grouped(List<Book> matching, Page<Book> page) {}

    Grouped conditions(List<Genre> genres) {
        // snippet:conditions
        List<Book> matching = db.query(Book.class)
                .where(Book_.genre.in(genres).or(Book_.year.lt(1970)))          // ( ... OR ... )
                .where(not(Book_.title.contains("50%")))                        // % and _ match themselves
                .where(Book_.isbn.isNotNull())
                .orderBy(Book_.genre).orderByDescending(Book_.year)             // several columns
                .list();
        Page<Book> page = db.query(Book.class).where(Book_.year.ge(2000)).orderBy(Book_.id).page(20, 40);
        long total = page.total();            // every matching row, not only this page's
        // end::conditions
        return new Grouped(matching, page);
    }

    record Raw(List<Row> rows, List<Book> books, List<TitleCount> stats, Optional<Long> n, int changed, int[] each,
               List<String> streamed) {}

    Raw rawSql(long authorId, Map<String, Object> params, List<Map<String, Object>> listOfMaps) {
        List<String> titles = new ArrayList<>();
        // snippet:raw-sql
        List<Row> rows = db.fetchAll("SELECT id, title FROM titles WHERE title LIKE :t", Map.of("t", "D%"));
        List<Book> books = db.fetchAll(Book.class, "SELECT * FROM titles WHERE author_id = :a", Map.of("a", authorId));
        List<TitleCount> stats = db.fetchAll(TitleCount.class, "SELECT genre AS title, COUNT(*) AS count FROM titles GROUP BY genre");
        Optional<Long> n = db.fetchVal(Long.class, "SELECT COUNT(*) FROM titles");
        int changed = db.execute("UPDATE titles SET isbn = :isbn WHERE id = :id", params);
        int[] each = db.executeMany("INSERT INTO writers (name) VALUES (:name)", listOfMaps);  // one JDBC batch
        try (ResultStream<Book> all = db.iterate(Book.class, "SELECT * FROM titles", Map.of())) {
            for (Book b : all) { titles.add(b.title()); }                                   // streamed, not held
        }
        // end::raw-sql
        return new Raw(rows, books, stats, n, changed, each, titles);
    }

    void nestedTransaction() {
        // snippet:nested-transaction
        Author a = db.insert(new Author(null, "Le Guin"));
        try {
            db.inTransaction(() -> db.insert(new Book(null, "Dup", a.id(), 1974, "taken", null)));
        } catch (DataConflictException e) {
            // only the block's insert is undone; the author stays, not yet committed
        }
        // the request commits the author when its handler returns, or rolls it back if it throws
        // end::nested-transaction
    }
}

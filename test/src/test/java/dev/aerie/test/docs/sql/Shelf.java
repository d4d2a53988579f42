package dev.aerie.test.docs.sql;

import dev.aerie.api.db.Session;
import dev.aerie.api.db.UncheckedSql;
import dev.aerie.test.docs.persistence.Book;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The checked-sql.md samples of raw SQL on Session. */
final class Shelf {
    private static final String BY_YEAR = "SELECT * FROM titles WHERE \"year\" = :year";
    private static final Set<String> SORTABLE = Set.of("title", "isbn");

    private final Session db;

    Shelf(Session db) {
        this.db = db;
    }

    List<Book> fromYear(int year) {
        // snippet:session-call
        // a literal or a constant: checked like an @Sql value, Map.of keys included
        return db.fetchAll(Book.class, BY_YEAR, Map.of("year", year));
        // end::session-call
    }

    // snippet:unchecked
    /** The column comes from a fixed list, never from the request: the SQL is safe, but not a constant. */
    @UncheckedSql("ORDER BY column chosen from SORTABLE")
    List<Book> sortedBy(String column) {
        if (!SORTABLE.contains(column)) {
            throw new IllegalArgumentException("cannot sort by " + column);
        }
        return db.fetchAll(Book.class, "SELECT * FROM titles ORDER BY " + column, Map.of());
    }
    // end::unchecked
}

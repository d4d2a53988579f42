package dev.aerie.test.docs.sql;

import dev.aerie.api.db.Queries;
import dev.aerie.api.db.Sql;
import dev.aerie.test.docs.persistence.Book;
import dev.aerie.test.docs.persistence.TitleCount;
import java.util.List;
import java.util.Optional;

// snippet:queries
/** Query methods: the processor writes BookQueries_Queries and checks every statement against the entities. */
@Queries
public interface BookQueries {
    @Sql("SELECT * FROM titles WHERE isbn = :isbn")
    Optional<Book> byIsbn(String isbn);

    @Sql("SELECT * FROM titles WHERE author_id IN (:authors) ORDER BY \"year\" DESC")
    List<Book> byAuthors(List<Long> authors);  // a list parameter expands to one parameter per element; "year" is reserved in H2

    @Sql("SELECT w.name AS title, COUNT(*) AS count FROM titles t JOIN writers w ON w.id = t.author_id GROUP BY w.name")
    List<TitleCount> booksPerAuthor();         // a @Projection: columns matched to components by name

    @Sql("SELECT COUNT(*) FROM titles WHERE \"year\" >= :year")
    long countSince(int year);

    @Sql("UPDATE titles SET isbn = NULL WHERE author_id = :author")
    int forgetIsbns(long author);              // INSERT/UPDATE/DELETE: the update count
}
// end::queries

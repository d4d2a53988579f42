package dev.aerie.example.books;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Query;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.example.authors.AuthorsService;
import java.util.List;
import java.util.Map;
import java.util.Optional;

// snippet:service
/**
 * Books in the database. {@code db} is request-bound: every call goes to the current request's
 * session, which commits when the handler returns and rolls back when it throws.
 */
@Injectable
public final class BooksService {
    private final Session db;
    private final AuthorsService authors;

    BooksService(Session db, AuthorsService authors) {
        this.db = db;
        this.authors = authors;
    }

    public Book add(BookIn in) {
        requireAuthor(in.authorId());
        return db.insert(new Book(null, in.title(), in.authorId(), in.year(), in.isbn()));
    }

    public Optional<Book> byId(long id) {
        return db.find(Book.class, id);
    }

    /** Replaces every field of book {@code id}; empty when there is no such book. */
    public Optional<Book> replace(long id, BookIn in) {
        if (byId(id).isEmpty()) {
            return Optional.empty();
        }
        requireAuthor(in.authorId());
        return Optional.of(db.update(new Book(id, in.title(), in.authorId(), in.year(), in.isbn())));
    }

    public boolean remove(long id) {
        return db.deleteById(Book.class, id);
    }

    public List<Book> find(BookFilter filter) {
        Query<Book> query = db.query(Book.class); // immutable: each call returns a new query
        if (filter.authorId().isPresent()) {
            query = query.where(Book_.authorId, filter.authorId().get());
        }
        if (filter.year().isPresent()) {
            query = query.where(Book_.year, filter.year().get());
        }
        return query.orderBy(Book_.id).limit(filter.limit()).offset(filter.offset()).list();
    }

    /** A 400 naming {@code authorId}, in the shape of the validation errors, when the author does not exist. */
    private void requireAuthor(long authorId) {
        if (!authors.exists(authorId)) {
            throw new BadRequestException("authorId: there is no author " + authorId)
                    .member("errors", List.of(Map.of("path", "authorId", "message", "there is no author " + authorId)));
        }
    }
}
// end::service

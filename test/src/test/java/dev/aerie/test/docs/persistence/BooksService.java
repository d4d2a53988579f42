package dev.aerie.test.docs.persistence;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import jakarta.inject.Inject;
import java.util.Optional;

// snippet:service
@Injectable
public final class BooksService {
    private final Session db;
    @Inject BooksService(Session db) { this.db = db; }

    public Book add(BookIn in) { return db.insert(new Book(null, in.title(), in.authorId(), in.year(), in.isbn(), null)); }
    public Optional<Book> byId(long id) { return db.find(Book.class, id); }
}
// end::service

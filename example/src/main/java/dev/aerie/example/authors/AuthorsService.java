package dev.aerie.example.authors;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import java.util.List;
import java.util.Optional;

/** Authors in the database, through the current request's session. */
@Injectable
public final class AuthorsService {
    private final Session db;

    AuthorsService(Session db) {
        this.db = db;
    }

    public Author add(AuthorIn in) {
        return db.insert(new Author(null, in.name()));
    }

    public List<Author> all() {
        return db.query(Author.class).orderBy(Author_.id).list();
    }

    public Optional<Author> byId(long id) {
        return db.find(Author.class, id);
    }

    public boolean exists(long id) {
        return byId(id).isPresent();
    }
}

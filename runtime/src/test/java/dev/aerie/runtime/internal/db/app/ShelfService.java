package dev.aerie.runtime.internal.db.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.db.schema.DdlAuthor;
import jakarta.inject.Inject;
import java.util.Optional;

/** A singleton service holding the request-bound Session, as user services do. */
@Injectable
public final class ShelfService {
    private final Session db;

    @Inject
    public ShelfService(Session db) {
        this.db = db;
    }

    public DdlAuthor add(String name) {
        return db.insert(new DdlAuthor(null, name));
    }

    public Optional<DdlAuthor> byId(long id) {
        return db.find(DdlAuthor.class, id);
    }
}

package dev.aerie.bench.db;

import dev.aerie.api.db.Session;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import jakarta.inject.Inject;
import java.util.Optional;

/** The Aerie side of the DB benchmark: one row by id through the request's Session (404 when absent). */
@Controller("/items")
public final class ItemsDbController {
    private final Session db;

    @Inject
    ItemsDbController(Session db) {
        this.db = db;
    }

    @Get("/{id}")
    public Optional<BenchItem> get(long id) {
        return db.find(BenchItem.class, id);
    }
}

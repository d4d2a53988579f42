package dev.aerie.bench.db;

import dev.aerie.api.db.Session;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.NotFoundException;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

/** The Aerie side: a generated route, the request scope, and the request-bound Session. */
@Controller("/books")
public final class BenchRowsController {
    private final Session db;

    @Inject
    BenchRowsController(Session db) {
        this.db = db;
    }

    /** No database: separates the HTTP layer's cost from the session's. */
    @Get("/ping/{id}")
    public void ping(long id, ServerResponse response) {
        response.header("Content-Type", "application/json");
        response.send("{\"id\":" + id + "}");
    }

    @Get("/{id}")
    public void get(long id, ServerResponse response) {
        BenchRow row = db.find(BenchRow.class, id).orElseThrow(() -> new NotFoundException("no book " + id));
        response.header("Content-Type", "application/json");
        response.send(row.json());
    }
}

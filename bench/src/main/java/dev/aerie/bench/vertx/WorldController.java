package dev.aerie.bench.vertx;

import dev.aerie.api.db.Session;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Aerie side of the Vert.x benchmark: the same code runs on JDBI ({@code db.driver: jdbc})
 * and on the Vert.x client ({@code db.driver: vertx}); only the configuration differs. It writes
 * its JSON with the same hand-written writer as the raw baseline ({@link WorldJson}), so that the
 * comparison is of the database layers, not of JSON codecs.
 */
@Controller
public final class WorldController {
    /** Rows per request of the "multiple queries" case. */
    static final int QUERIES = 20;

    private final Session db;

    @Inject
    WorldController(Session db) {
        this.db = db;
    }

    /** No database: what the HTTP layer costs, to read the other cases against. */
    @Get("/plain/{id}")
    public void plain(long id, ServerResponse response) throws IOException {
        WorldJson.send(response, WorldJson.write(new World(id, 1)));
    }

    @Get("/db/{id}")
    public void one(long id, ServerResponse response) throws IOException {
        Optional<World> world = db.find(World.class, id);
        if (world.isEmpty()) {
            response.status(404).send();
            return;
        }
        WorldJson.send(response, WorldJson.write(world.get()));
    }

    /** {@value #QUERIES} rows by id: {@code first} and the ids after it (wrapping at {@link WorldTable#ROWS}). */
    @Get("/queries/{first}")
    public void many(long first, ServerResponse response) throws IOException {
        List<World> worlds = db.findEach(World.class, WorldTable.ids(first, QUERIES)).stream()
                .flatMap(Optional::stream).toList();
        WorldJson.send(response, WorldJson.write(worlds));
    }
}

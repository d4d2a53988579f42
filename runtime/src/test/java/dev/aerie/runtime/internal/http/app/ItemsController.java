package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Header;
import dev.aerie.api.http.PathParam;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Put;
import dev.aerie.api.http.QueryParam;
import dev.aerie.api.http.Status;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Controller("/items")
public final class ItemsController {
    private final Inventory inventory;

    @Inject
    ItemsController(Inventory inventory) {
        this.inventory = inventory;
    }

    @Get("/{id}")
    public void get(long id, @QueryParam(defaultValue = "en") String lang, Optional<Integer> limit, List<Color> color,
                    @QueryParam("from") Optional<LocalDate> since, @Header("X-Trace") Optional<UUID> trace,
                    ServerResponse response) {
        response.send("item " + id + " lang=" + lang + " limit=" + limit.map(String::valueOf).orElse("-")
                + " colors=" + color + " since=" + since.map(String::valueOf).orElse("-")
                + " trace=" + trace.map(UUID::toString).orElse("-") + " stock=" + inventory.stock.getOrDefault(id, 0));
    }

    @Put("/{id}/stock")
    public void stock(@PathParam("id") long item, int amount, @Header("X-Actor") String actor) {
        if (amount < 0) {
            throw new BadRequestException("amount must not be negative").member("parameter", "amount");
        }
        inventory.stock.put(item, amount);
    }

    @Post("/{id}/visits")
    @Status(202)
    public void visit(long id, Visit first, Visit second, ServerResponse response) {
        response.status(202).send("visit " + first.number + " " + (first == second));
    }

    @Delete("/{id}")
    public void delete(long id) {
        inventory.stock.remove(id);
    }

    @Get("/boom")
    public void boom() {
        throw new IllegalStateException("internal detail that must not leak");
    }
}

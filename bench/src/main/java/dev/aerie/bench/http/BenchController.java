package dev.aerie.bench.http;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import jakarta.inject.Inject;

/** The Aerie side of the HTTP benchmark: the same two endpoints as {@link HandHttpServer}. */
@Controller
public final class BenchController {
    private static final Greeting GREETING = new Greeting("hello, world", "en", 1);

    @Inject
    BenchController() {}

    @Get("/greeting")
    public Greeting greeting() {
        return GREETING;
    }

    @Get("/items/{id}")
    public Item item(long id) {
        return Item.of(id);
    }
}

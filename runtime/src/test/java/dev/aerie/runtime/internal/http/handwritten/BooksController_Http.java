package dev.aerie.runtime.internal.http.handwritten;

import dev.aerie.runtime.internal.http.Endpoints;
import dev.aerie.runtime.internal.http.Params;
import dev.aerie.runtime.json.JsonCodec;
import dev.aerie.runtime.json.JsonCodecs;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Written by hand in the shape the processor generates for {@link BooksController}. */
public final class BooksController_Http implements HttpService {
    private static final JsonCodec<Book> BOOK = BookJson.INSTANCE;
    private static final JsonCodec<List<Book>> BOOK_LIST = JsonCodecs.listOf(BookJson.INSTANCE);
    private static final JsonCodec<String> STRING = JsonCodecs.STRING;
    private static final HeaderName X_TRACE = HeaderNames.create("X-Trace");

    private final BooksController controller;
    private final Endpoints endpoints;

    public BooksController_Http(BooksController controller, Endpoints endpoints) {
        this.controller = controller;
        this.endpoints = endpoints;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/books", endpoints.route("/books", this::list));
        rules.post("/books", endpoints.route("/books", this::create));
        rules.post("/books/batch", endpoints.route("/books/batch", this::createAll));
        rules.get("/books/boom", endpoints.route("/books/boom", this::boom));
        rules.get("/books/down", endpoints.route("/books/down", this::down));
        rules.get("/books/slow", endpoints.route("/books/slow", this::slow));
        rules.put("/books/tx/{mode}", endpoints.route("/books/tx/{mode}", this::tx));
        rules.get("/books/db/{kind}", endpoints.route("/books/db/{kind}", this::db));
        rules.get("/books/{id}", endpoints.route("/books/{id}", this::get));
        rules.delete("/books/{id}", endpoints.route("/books/{id}", this::delete));
    }

    private void list(ServerRequest request, ServerResponse response) throws Exception {
        int limit = Params.toInt(Params.query(request, "limit").orElse("10"), "query parameter 'limit'");
        Optional<String> title = Params.query(request, "title");
        List<Color> color = Params.each(Params.queryAll(request, "color"),
                value -> Params.to(value, "query parameter 'color'", Color::valueOf, "one of RED, GREEN"));
        Optional<UUID> trace = Params.header(request, X_TRACE)
                .map(value -> Params.to(value, "header 'X-Trace'", UUID::fromString, "a UUID"));
        Optional<LocalDate> since = Params.query(request, "since")
                .map(value -> Params.to(value, "query parameter 'since'", LocalDate::parse, "a date such as 2024-12-31"));
        List<Book> result = controller.list(limit, title, color, trace, since);
        endpoints.sendJson(response, 200, result, BOOK_LIST);
    }

    private void create(ServerRequest request, ServerResponse response) throws Exception {
        Book in = endpoints.readJson(request, BOOK);
        Book result = controller.create(in);
        endpoints.sendJson(response, 201, result, BOOK);
    }

    private void createAll(ServerRequest request, ServerResponse response) throws Exception {
        List<Book> in = endpoints.readJson(request, BOOK_LIST);
        endpoints.sendResponse(response, controller.createAll(in), BOOK_LIST);
    }

    private void boom(ServerRequest request, ServerResponse response) throws Exception {
        endpoints.sendJson(response, 200, controller.boom(), STRING);
    }

    private void down(ServerRequest request, ServerResponse response) throws Exception {
        endpoints.sendJson(response, 200, controller.down(), STRING);
    }

    private void slow(ServerRequest request, ServerResponse response) throws Exception {
        endpoints.sendJson(response, 200, controller.slow(), STRING);
    }

    private void tx(ServerRequest request, ServerResponse response) throws Exception {
        String mode = Params.path(request, "mode");
        endpoints.sendJson(response, 200, controller.tx(mode), BOOK);
    }

    private void db(ServerRequest request, ServerResponse response) throws Exception {
        endpoints.sendJson(response, 200, controller.db(Params.path(request, "kind")), STRING);
    }

    private void get(ServerRequest request, ServerResponse response) throws Exception {
        long id = Params.toLong(Params.path(request, "id"), "path variable 'id'");
        endpoints.sendOptional(request, response, 200, controller.get(id), BOOK);
    }

    private void delete(ServerRequest request, ServerResponse response) throws Exception {
        long id = Params.toLong(Params.path(request, "id"), "path variable 'id'");
        controller.delete(id);
        endpoints.sendEmpty(response, 204);
    }
}

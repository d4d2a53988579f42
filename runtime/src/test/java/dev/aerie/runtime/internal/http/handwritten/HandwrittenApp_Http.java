package dev.aerie.runtime.internal.http.handwritten;

import dev.aerie.api.http.RequestListener;
import dev.aerie.runtime.internal.http.Endpoints;
import dev.aerie.runtime.internal.http.HttpApplication;
import dev.aerie.runtime.internal.http.RouteInfo;
import io.helidon.webserver.http.HttpService;
import java.util.List;
import java.util.Optional;

/** Written by hand in the shape the processor generates per application. */
public final class HandwrittenApp_Http implements HttpApplication {
    private static final List<RouteInfo> ROUTES = List.of(
            new RouteInfo("GET", "/books", "BooksController.list(int, Optional<String>, List<Color>, Optional<UUID>, Optional<LocalDate>)", Optional.empty(), "List<Book>"),
            new RouteInfo("POST", "/books", "BooksController.create(Book)", Optional.of("Book"), "Book"),
            new RouteInfo("POST", "/books/batch", "BooksController.createAll(List<Book>)", Optional.of("List<Book>"), "Response<List<Book>>"),
            new RouteInfo("GET", "/books/boom", "BooksController.boom()", Optional.empty(), "String"),
            new RouteInfo("GET", "/books/down", "BooksController.down()", Optional.empty(), "String"),
            new RouteInfo("GET", "/books/slow", "BooksController.slow()", Optional.empty(), "String"),
            new RouteInfo("PUT", "/books/tx/{mode}", "BooksController.tx(String)", Optional.empty(), "Book"),
            new RouteInfo("GET", "/books/{id}", "BooksController.get(long)", Optional.empty(), "Optional<Book>"),
            new RouteInfo("DELETE", "/books/{id}", "BooksController.delete(long)", Optional.empty(), "void"));

    private final BooksController booksController;
    private final List<RequestListener> listeners;

    public HandwrittenApp_Http(BooksController booksController, List<RequestListener> listeners) {
        this.booksController = booksController;
        this.listeners = listeners;
    }

    @Override
    public List<HttpService> services(Endpoints endpoints) {
        return List.of(new BooksController_Http(booksController, endpoints));
    }

    @Override
    public List<RouteInfo> routes() {
        return ROUTES;
    }

    @Override
    public List<RequestListener> listeners() {
        return listeners;
    }
}

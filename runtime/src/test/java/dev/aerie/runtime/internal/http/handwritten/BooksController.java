package dev.aerie.runtime.internal.http.handwritten;

import dev.aerie.api.http.ConflictException;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.ServiceUnavailableException;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.RequestResource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** The user's controller the hand-written routes call (what @Controller("/books") would be). */
public final class BooksController {
    final Map<Long, Book> books = new ConcurrentHashMap<>();
    /** What request resources saw, in order: "complete", "close", "send-check" ... */
    public final List<String> log = new CopyOnWriteArrayList<>();
    public volatile CountDownLatch slowStarted = new CountDownLatch(1);
    public volatile CountDownLatch slowRelease = new CountDownLatch(1);

    // @Get("/{id}")
    public Optional<Book> get(long id) {
        return Optional.ofNullable(books.get(id));
    }

    // @Get  with query parameters
    public List<Book> list(int limit, Optional<String> title, List<Color> color, Optional<UUID> trace,
                           Optional<LocalDate> since) {
        return books.values().stream()
                .filter(b -> title.map(t -> b.title().contains(t)).orElse(true))
                .sorted(java.util.Comparator.comparingLong(Book::id))
                .limit(limit)
                .toList();
    }

    // @Post @Status(201)
    public Book create(Book in) {
        if (books.putIfAbsent(in.id(), in) != null) {
            throw new ConflictException("A book with id " + in.id() + " exists").member("id", in.id());
        }
        return in;
    }

    // @Post("/batch")
    public Response<List<Book>> createAll(List<Book> in) {
        in.forEach(b -> books.put(b.id(), b));
        return Response.created(in).header("X-Count", Integer.toString(in.size()));
    }

    // @Delete("/{id}")
    public void delete(long id) {
        books.remove(id);
    }

    // @Get("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    // @Get("/down")
    public String down() {
        throw new ServiceUnavailableException("The database is unreachable", Duration.ofSeconds(3), null);
    }

    // @Get("/db/{kind}"): what the database layer throws
    public String db(String kind) {
        throw switch (kind) {
            case "down" -> new dev.aerie.api.db.DatabaseUnavailableException("The database did not answer in time", 2, null);
            default -> new dev.aerie.api.db.DataConflictException("A row with this key exists", Map.of("constraint", "books_isbn_key"), null);
        };
    }

    // @Put("/tx/{mode}"): registers a request resource that logs complete/close
    public Book tx(String mode) {
        RequestScope.require("tx").register(new RequestResource() {
            @Override
            public void complete() {
                log.add("complete");
                if (mode.equals("fail-commit")) {
                    throw new ConflictException("commit failed: duplicate key");
                }
            }

            @Override
            public void close() {
                log.add("close");
            }
        });
        if (mode.equals("throw")) {
            throw new IllegalArgumentException("handler failed");
        }
        return new Book(1, mode, 2000);
    }

    // @Get("/slow")
    public String slow() throws InterruptedException {
        slowStarted.countDown();
        slowRelease.await();
        return "done";
    }
}

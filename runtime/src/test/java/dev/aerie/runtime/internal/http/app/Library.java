package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Injectable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

@Injectable
public final class Library {
    private final Map<Long, Book> books = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    Book add(BookIn in) {
        Book book = new Book(ids.incrementAndGet(), in.title(), in.author(), in.year());
        books.put(book.id(), book);
        return book;
    }

    Optional<Book> find(long id) {
        return Optional.ofNullable(books.get(id));
    }

    Optional<Book> replace(long id, BookIn in) {
        return Optional.ofNullable(books.computeIfPresent(id, (k, old) -> new Book(id, in.title(), in.author(), in.year())));
    }

    List<Book> list(int limit) {
        return books.values().stream().limit(limit).toList();
    }

    void remove(long id) {
        books.remove(id);
    }

    long count() {
        return books.size();
    }
}

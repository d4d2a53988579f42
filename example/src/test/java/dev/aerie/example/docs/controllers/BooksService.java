package dev.aerie.example.docs.controllers;

import dev.aerie.api.Injectable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Books in memory: enough for the controllers.md sample to run. */
@Injectable
public final class BooksService {
    private final Map<Long, Book> books = new TreeMap<>();
    private long lastId;

    public synchronized Optional<Book> byId(long id) {
        return Optional.ofNullable(books.get(id));
    }

    public synchronized List<Book> first(int limit) {
        return new ArrayList<>(books.values()).subList(0, Math.min(limit, books.size()));
    }

    public synchronized Book add(BookIn in) {
        Book book = new Book(++lastId, in.title(), in.year());
        books.put(book.id(), book);
        return book;
    }

    public synchronized Optional<Book> replace(long id, BookIn in) {
        return byId(id).map(old -> {
            Book book = new Book(id, in.title(), in.year());
            books.put(id, book);
            return book;
        });
    }

    public synchronized void remove(long id) {
        books.remove(id);
    }
}

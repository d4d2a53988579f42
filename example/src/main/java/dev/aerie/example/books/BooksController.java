package dev.aerie.example.books;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Put;
import dev.aerie.api.http.QueryParam;
import dev.aerie.api.http.Status;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

// snippet:controller
/** {@code /books}: CRUD, and a list filtered by author and year, one page at a time. */
@Controller("/books")
public final class BooksController {
    private final BooksService books;

    @Inject
    BooksController(BooksService books) {
        this.books = books;
    }

    @Post
    @Status(201)
    public Book create(@Valid BookIn in) {
        return books.add(in);
    }

    /** An empty Optional answers 404 with a problem+json body. */
    @Get("/{id}")
    public Optional<Book> get(long id) {
        return books.byId(id);
    }

    @Put("/{id}")
    public Optional<Book> replace(long id, @Valid BookIn in) {
        return books.replace(id, in);
    }

    @Delete("/{id}")
    @Status(204)
    public void delete(long id) {
        if (!books.remove(id)) {
            throw new NotFoundException("there is no book " + id);
        }
    }

    @Get
    public List<Book> list(Optional<Long> authorId, Optional<Integer> year,
                           @QueryParam(defaultValue = "20") int limit, @QueryParam(defaultValue = "0") long offset) {
        return books.find(new BookFilter(authorId, year, limit, offset));
    }
}
// end::controller

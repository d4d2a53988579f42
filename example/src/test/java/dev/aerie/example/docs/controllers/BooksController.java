package dev.aerie.example.docs.controllers;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Delete;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Put;
import dev.aerie.api.http.QueryParam;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.Status;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import java.util.List;
import java.util.Optional;

// snippet:controller
@Controller("/books")
public final class BooksController {
    private final BooksService books;
    @Inject BooksController(BooksService books) { this.books = books; }

    @Get("/{id}")            public Optional<Book> get(long id) { return books.byId(id); }   // empty -> 404
    @Get                     public List<Book> list(@QueryParam(defaultValue = "20") @Max(100) int limit) { return books.first(limit); }
    @Post @Status(201)       public Book create(@Valid BookIn in) { return books.add(in); }
    @Put("/{id}")            public Response<Book> replace(long id, @Valid BookIn in) {
        return books.replace(id, in).map(Response::ok).orElseThrow(() -> new NotFoundException("no book " + id));
    }
    @Delete("/{id}")         public void delete(long id) { books.remove(id); }              // 204
}
// end::controller

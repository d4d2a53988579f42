package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.http.Body;
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
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;

@Controller("/books")
public final class BooksController {
    private final Library library;

    @Inject
    BooksController(Library library) {
        this.library = library;
    }

    @Get("/{id}")
    public Optional<Book> get(long id) {
        return library.find(id);
    }

    @Get
    public List<Book> list(@QueryParam(defaultValue = "10") @Min(1) @Max(100) int limit) {
        return library.list(limit);
    }

    @Post
    @Status(201)
    public Book create(@Valid BookIn in) {
        return library.add(in);
    }

    @Post("/batch")
    public Response<List<Book>> createAll(@Valid List<BookIn> in) {
        List<Book> added = in.stream().map(library::add).toList();
        return Response.created(added).header("X-Count", Integer.toString(added.size()));
    }

    @Put("/{id}")
    public Book replace(long id, @Valid BookIn in) {
        return library.replace(id, in).orElseThrow(() -> new NotFoundException("No book " + id));
    }

    @Delete("/{id}")
    public void delete(long id) {
        library.remove(id);
    }

    @Get("/count")
    public long count() {
        return library.count();
    }

    @Post("/{id}/title")
    public String retitle(long id, @Body String title) {
        BookIn in = library.find(id).map(b -> new BookIn(title, b.author(), b.year()))
                .orElseThrow(() -> new NotFoundException("No book " + id));
        return library.replace(id, in).orElseThrow().title();
    }
}

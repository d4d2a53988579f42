package dev.aerie.example.authors;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Status;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/** {@code /authors}: create, list and read authors. */
@Controller("/authors")
public final class AuthorsController {
    private final AuthorsService authors;

    @Inject
    AuthorsController(AuthorsService authors) {
        this.authors = authors;
    }

    @Post
    @Status(201)
    public Author create(@Valid AuthorIn in) {
        return authors.add(in);
    }

    @Get
    public List<Author> list() {
        return authors.all();
    }

    /** An empty Optional answers 404. */
    @Get("/{id}")
    public Optional<Author> get(long id) {
        return authors.byId(id);
    }
}

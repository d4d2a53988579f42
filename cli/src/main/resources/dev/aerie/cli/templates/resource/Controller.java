package {{package}};

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Status;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;

/** {@code /{{path}}}: create, list and read. */
@Controller("/{{path}}")
public final class {{Plural}}Controller {
    private final {{Plural}}Service service;

    @Inject
    {{Plural}}Controller({{Plural}}Service service) {
        this.service = service;
    }

    @Post
    @Status(201)
    public {{Name}} create(@Valid {{Name}}In in) {
        return service.add(in);
    }

    @Get
    public List<{{Name}}> list() {
        return service.all();
    }

    /** An empty Optional answers 404. */
    @Get("/{id}")
    public Optional<{{Name}}> get(long id) {
        return service.byId(id);
    }
}

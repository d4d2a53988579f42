package dev.aerie.runtime.http.pipeline;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import dev.aerie.api.http.Request;
import java.util.Optional;

/** Custom parameters: the current user, optional or required, and the request itself. */
@Controller("/profile")
public final class ProfileController {

    public record NoteIn(@NotBlank @Size(min = 3) String title, @NotBlank String body) {}

    @Post("/notes")
    public NoteIn note(@Valid NoteIn in) {
        return in;
    }

    @Get("/unsupported")
    public String unsupported() {
        throw new UnsupportedOperationException("not yet");
    }

    @Get("/me")
    public String me(User me, Greeting greeting) {
        return me.name() + " (" + me.lang() + "): " + greeting.text();
    }

    @Get("/maybe")
    public String maybe(Optional<User> me) {
        return me.map(User::name).orElse("anonymous");
    }

    @Get("/request/{id}")
    public String request(long id, Request request) {
        return request.method() + " " + request.path() + " " + request.route() + " id=" + request.pathParam("id").orElse("-")
                + " q=" + request.query("q").orElse("-") + " tags=" + request.queryAll("tag")
                + " from=" + request.remoteAddress();
    }
}

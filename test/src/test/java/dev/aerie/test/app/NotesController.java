package dev.aerie.test.app;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Header;
import dev.aerie.api.http.Patch;
import dev.aerie.api.http.Post;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;

@Controller("/notes")
public final class NotesController {
    private final NotesService notes;
    private final Greeter greeter;

    @Inject
    NotesController(NotesService notes, Greeter greeter) {
        this.notes = notes;
        this.greeter = greeter;
    }

    @Post
    public void add(String text, ServerResponse response) {
        response.status(201).send(String.valueOf(notes.add(text).id()));
    }

    @Get("/count")
    public void count(ServerResponse response) {
        response.send(String.valueOf(notes.count()));
    }

    @Get("/hello")
    public void hello(String name, ServerResponse response) {
        response.send(greeter.greet(name));
    }

    /** The name from a header, by PATCH: what AerieClient's header() and patch() send. */
    @Patch("/hello")
    public void helloByHeader(@Header("X-Name") String name, ServerResponse response) {
        response.send(greeter.greet(name));
    }
}

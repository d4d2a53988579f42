package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.api.http.Post;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

/** Guarded on the class and on some methods. */
@Guarded(ControllerGuard.class)
@Controller("/admin")
public final class AdminController {
    private final Trail trail;

    @jakarta.inject.Inject
    AdminController(Trail trail) {
        this.trail = trail;
    }

    public record NoteIn(@NotBlank String title) {}

    @Get("/ping")
    @Audited
    @Guarded(AdminOnly.class)
    public String ping() {
        trail.steps.add("handler");
        return "pong";
    }

    @Post("/notes")
    @Guarded(AdminOnly.class)
    public NoteIn create(@Valid NoteIn in) {
        trail.steps.add("handler");
        return in;
    }

    @Get("/open")
    public String open() {
        trail.steps.add("handler");
        return "open";
    }
}

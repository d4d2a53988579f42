package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Cookie;
import dev.aerie.api.http.Form;
import dev.aerie.api.http.Intercepted;
import dev.aerie.api.http.Response;
import dev.aerie.api.http.SetCookie;
import java.time.Duration;
import java.util.List;
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

    public record LoginForm(@NotBlank String username, int age, Optional<String> next, List<String> tags) {}

    @Post("/login")
    public Response<String> login(@Form @Valid LoginForm in) {
        return Response.ok(in.username() + " " + in.age() + " " + in.next().orElse("-") + " " + in.tags())
                .cookie(SetCookie.of("session", "s" + in.age()).maxAge(Duration.ofHours(1)))
                .cookie(SetCookie.of("seen", "1").secure(false).httpOnly(false).sameSite("strict"));
    }

    @Get("/theme")
    public String theme(@Cookie("theme") Optional<String> theme, @Cookie String lang, @Cookie("n") Optional<Integer> n) {
        return lang + " " + theme.orElse("light") + " " + n.map(String::valueOf).orElse("-");
    }

    @Get("/echo/{word}")
    @Intercepted(Shout.class)
    public String echo(String word, @Cookie("lang") Optional<String> lang) {
        return word + lang.map(l -> " in " + l).orElse("");
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

package dev.aerie.bench.guard;

import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Guarded;
import dev.aerie.bench.http.Greeting;
import dev.aerie.security.Authenticated;

/** The same answer three ways: unguarded, behind a trivial guard, behind the JWT guard. */
@Controller
public final class GuardController {
    static final Greeting GREETING = new Greeting("hello, world", "en", 1);

    GuardController() {}

    @Get("/open/greeting")
    public Greeting open() {
        return GREETING;
    }

    @Get("/cheap/greeting")
    @Guarded(HeaderPresent.class)
    public Greeting cheap() {
        return GREETING;
    }

    @Get("/jwt/greeting")
    @Guarded(Authenticated.class)
    public Greeting jwt() {
        return GREETING;
    }
}

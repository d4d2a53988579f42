package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.db.Session;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Status;

/**
 * Handlers that take the request's Session as a method parameter rather than through the
 * constructor: the generated route asks the container's Session provider on each request.
 */
@Controller("/session-param")
public final class SessionParameterController {

    @Post
    @Status(201)
    public void create(String name, Session db) {
        db.insert(new Writer(null, name));
    }

    /** Writes through the parameter, then fails: a 500, and the write is rolled back. */
    @Post("/then-fail")
    public void createThenFail(Session db, String name) {
        db.insert(new Writer(null, name));
        throw new IllegalStateException("the handler failed after writing");
    }
}

package dev.aerie.test.docs.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.UnauthorizedException;

// snippet:guard
/** Lets a request through only with a token; runs before the body is read. */
@Injectable
public final class Authenticated implements Guard {
    @Override
    public void check(Request request, Route route) {
        if (request.header("Authorization").filter(value -> value.startsWith("Token ")).isEmpty()) {
            throw new UnauthorizedException(route.method() + " " + route.template() + " needs a token")
                    .header("WWW-Authenticate", "Token");
        }
    }
}
// end::guard

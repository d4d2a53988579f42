package dev.aerie.test.docs.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;

/** Refuses requests whose X-Request-Id is not a plain token. */
@Injectable
public final class RequestIdGuard implements Guard {
    @Override
    public void check(Request request, Route route) {
        if (request.header("X-Request-Id").filter(id -> !id.matches("[A-Za-z0-9-]{1,64}")).isPresent()) {
            throw new BadRequestException("X-Request-Id must be 1 to 64 letters, digits or dashes");
        }
    }
}

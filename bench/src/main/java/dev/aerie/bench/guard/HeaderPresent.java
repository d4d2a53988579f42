package dev.aerie.bench.guard;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Guard;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.UnauthorizedException;

/**
 * A guard that costs almost nothing itself (is there an {@code Authorization} header?): what is
 * left of a guarded route's extra cost is the generated guard call around it.
 */
@Injectable
public final class HeaderPresent implements Guard {
    HeaderPresent() {}

    @Override
    public void check(Request request, Route route) {
        if (request.header("Authorization").isEmpty()) {
            throw new UnauthorizedException("send an Authorization header");
        }
    }
}

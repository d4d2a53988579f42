package dev.aerie.sample;

import dev.aerie.api.Injectable;
import dev.aerie.api.Scope;

/** One per request. */
@Injectable(scope = Scope.REQUEST)
public final class RequestCounter {
    private int count;

    public int next() {
        return ++count;
    }
}

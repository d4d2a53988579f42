package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.Scope;

/** A request-scoped service that reads the current user too: the same instance the handler gets. */
@Injectable(scope = Scope.REQUEST)
public final class Greeting {
    private final User user;

    Greeting(User user) {
        this.user = user;
    }

    String text() {
        return "hello " + user.name();
    }
}

package dev.aerie.runtime.internal.http.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.Scope;
import java.util.concurrent.atomic.AtomicInteger;

/** One per request. */
@Injectable(scope = Scope.REQUEST)
public final class Visit {
    private static final AtomicInteger COUNT = new AtomicInteger();
    final int number = COUNT.incrementAndGet();
}

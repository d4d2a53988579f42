package dev.aerie.runtime.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.Invocation;

/** Replaces the result, or short-circuits with {@code X-Cached}. */
@Injectable
public final class Shout implements Interceptor {
    private final Trail trail;

    Shout(Trail trail) {
        this.trail = trail;
    }

    @Override
    public Object intercept(Invocation invocation) throws Exception {
        if (invocation.request().header("X-Cached").isPresent()) {
            trail.steps.add("shout cached");
            return "cached";
        }
        trail.steps.add("shout");
        return ((String) invocation.proceed()).toUpperCase(java.util.Locale.ROOT);
    }
}

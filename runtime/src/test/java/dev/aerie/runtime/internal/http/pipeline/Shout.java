package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.Invocation;

/** Replaces the result, the first argument with {@code X-Word}, or short-circuits with {@code X-Cached}. */
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
        java.util.Optional<String> word = invocation.request().header("X-Word");
        Object result = word.isPresent()
                ? invocation.proceedWith(java.util.Arrays.asList(word.get(), invocation.arguments().get(1)))
                : invocation.proceed();
        return ((String) result).toUpperCase(java.util.Locale.ROOT);
    }
}

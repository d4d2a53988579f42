package dev.aerie.runtime.internal.http.pipeline;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.Invocation;

/** The root module's interceptor: around every route, after the guards. */
@Injectable
public final class Outer implements Interceptor {
    private final Trail trail;

    Outer(Trail trail) {
        this.trail = trail;
    }

    @Override
    public Object intercept(Invocation invocation) throws Exception {
        trail.steps.add("outer " + invocation.route().handler() + " " + invocation.arguments());
        Object result = invocation.proceed();
        trail.steps.add("outer done " + result);
        return result;
    }
}

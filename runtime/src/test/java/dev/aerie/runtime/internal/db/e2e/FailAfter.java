package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.Injectable;
import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.Invocation;

/** Lets the handler write, then fails: the write must roll back. */
@Injectable
public final class FailAfter implements Interceptor {
    @Override
    public Object intercept(Invocation invocation) throws Exception {
        invocation.proceed();
        throw new IllegalStateException("the interceptor failed after the handler wrote");
    }
}

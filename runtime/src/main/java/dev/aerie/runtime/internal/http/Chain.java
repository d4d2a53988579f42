package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.Invocation;
import dev.aerie.api.http.Request;
import dev.aerie.api.http.Route;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The interceptors of one call and the handler at their end. */
final class Chain implements Invocation {
    private final Request request;
    private final Route route;
    private Object[] arguments;
    private final Call<?> call;
    private final Interceptor[] interceptors;
    private int next;

    Chain(Request request, Route route, Object[] arguments, Call<?> call, Interceptor[] interceptors) {
        this.request = request;
        this.route = route;
        this.arguments = arguments;
        this.call = call;
        this.interceptors = interceptors;
    }

    @Override
    public Request request() {
        return request;
    }

    @Override
    public Route route() {
        return route;
    }

    @Override
    public List<Object> arguments() {
        return Collections.unmodifiableList(Arrays.asList(arguments));
    }

    @Override
    public Object proceedWith(List<Object> replaced) throws Exception {
        if (replaced.size() != arguments.length) {
            throw new IllegalArgumentException("interceptor " + interceptors[next - 1].getClass().getName() + " passed "
                    + replaced.size() + " arguments to " + route.controller() + "." + route.handler() + ", which takes "
                    + arguments.length);
        }
        Object[] before = arguments;
        arguments = replaced.toArray();
        try {
            return proceed();
        } finally {
            arguments = before;
        }
    }

    @Override
    public Object proceed() throws Exception {
        if (next < interceptors.length) {
            Interceptor interceptor = interceptors[next++];
            try {
                return interceptor.intercept(this);
            } finally {
                next--; // so an interceptor may proceed again (a retry) through the same rest of the chain
            }
        }
        return call.call(arguments);
    }
}

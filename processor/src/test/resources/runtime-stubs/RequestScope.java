package dev.aerie.runtime;

import java.util.function.Supplier;

/** Compile-only stand-in for the runtime's class. */
public final class RequestScope {
    private RequestScope() {}

    public static Context require(String what) {
        throw new IllegalStateException(what);
    }

    /** Stands for RequestContext. */
    public static final class Context {
        public <T> T instance(String key, Supplier<T> create) {
            return create.get();
        }
    }
}

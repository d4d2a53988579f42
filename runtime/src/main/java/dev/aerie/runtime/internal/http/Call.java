package dev.aerie.runtime.internal.http;

/** Used by generated code: the handler call at the end of an interceptor chain. */
@FunctionalInterface
public interface Call<T> {
    /** Calls the handler with {@code arguments}, in parameter order. */
    T call(Object[] arguments) throws Exception;
}

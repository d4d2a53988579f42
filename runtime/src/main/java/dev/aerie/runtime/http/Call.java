package dev.aerie.runtime.http;

/** Used by generated code: the handler call at the end of an interceptor chain. */
@FunctionalInterface
public interface Call<T> {
    T call() throws Exception;
}

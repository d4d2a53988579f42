package dev.aerie.api.http;

import java.util.List;

/** One handler call as an {@link Interceptor} sees it. */
public interface Invocation {
    /** The request being handled. */
    Request request();

    /** The matched route. */
    Route route();

    /** The handler's arguments as they stand here, in parameter order, read-only (null for a null argument). */
    List<Object> arguments();

    /**
     * Calls the next interceptor, or the handler when this is the last: its result ({@code null}
     * for a {@code void} handler).
     */
    Object proceed() throws Exception;

    /**
     * Like {@link #proceed()}, with {@code arguments} instead of the current ones for the rest of
     * the chain: as many, each of its parameter's type (a wrong type is a
     * {@code ClassCastException} where the handler is called, a 500).
     */
    Object proceedWith(List<Object> arguments) throws Exception;
}

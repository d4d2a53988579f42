package dev.aerie.api.http;

import java.util.List;

/** One handler call as an {@link Interceptor} sees it. */
public interface Invocation {
    /** The request being handled. */
    Request request();

    /** The matched route. */
    Route route();

    /** The handler's arguments, in parameter order, read-only (null for a null argument). */
    List<Object> arguments();

    /**
     * Calls the next interceptor, or the handler when this is the last: its result ({@code null}
     * for a {@code void} handler).
     */
    Object proceed() throws Exception;
}

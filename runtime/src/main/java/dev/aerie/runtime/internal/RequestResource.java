package dev.aerie.runtime.internal;

/**
 * Something that lives for one request and must be finished when it ends, such as a database
 * session. Registered with {@link RequestContext#register}.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public interface RequestResource {

    /**
     * The handler returned normally: make its work durable (commit). Runs before the response
     * is sent, so a failure here becomes the response instead of a success the client believes.
     */
    default void complete() throws Exception {}

    /** The request is over, completed or not: undo what was not completed and release everything. */
    void close();
}

package dev.aerie.api;

/** How long an injected instance lives. */
public enum Scope {
    /** One instance per application container. */
    SINGLETON,
    /**
     * One instance per HTTP request, or per request scope that code outside a request opens
     * itself (a test with {@code @AerieTest(rollback = true)}, a job); there is no such instance
     * outside any scope.
     */
    REQUEST,
    /** A new instance at every injection point. */
    TRANSIENT
}

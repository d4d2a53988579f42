package dev.aerie.runtime.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state of one request (or one {@link RequestScope#open()} block): request-scoped instances
 * and the resources to finish at its end. Used by one thread at a time.
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public final class RequestContext implements AutoCloseable {
    private final Map<String, Object> instances = new HashMap<>();
    private final List<RequestResource> resources = new ArrayList<>();
    private final Runnable onClose;
    private Object request;
    private boolean completed;
    private boolean closed;

    RequestContext(Runnable onClose) {
        this.onClose = onClose;
    }

    /**
     * Sets the request this scope serves (the HTTP layer passes a {@code dev.aerie.api.http.Request});
     * kept as an Object so that this class does not depend on HTTP.
     */
    public void request(Object request) {
        this.request = request;
    }

    /** The request this scope serves; empty in a scope opened for background work. */
    public Optional<Object> request() {
        return Optional.ofNullable(request);
    }

    /** The request-scoped instance for {@code key}, created on first use in this request. */
    @SuppressWarnings("unchecked")
    public <T> T instance(String key, Supplier<T> create) {
        Object existing = instances.get(key);
        if (existing == null) {
            existing = create.get();
            instances.put(key, existing);
        }
        return (T) existing;
    }

    /** Whether an instance for {@code key} exists in this request (without creating one). */
    public boolean has(String key) {
        return instances.containsKey(key);
    }

    /** Finishes {@code resource} when this request completes or closes. */
    public void register(RequestResource resource) {
        if (closed) {
            throw new IllegalStateException("the request has already ended");
        }
        resources.add(resource);
    }

    /**
     * The handler succeeded: completes every resource in registration order. If one fails, the
     * exception propagates and {@link #close()} later undoes the rest.
     */
    public void complete() throws Exception {
        for (RequestResource resource : List.copyOf(resources)) {
            resource.complete();
        }
        completed = true;
    }

    /** Whether {@link #complete()} ran to the end. */
    public boolean completed() {
        return completed;
    }

    /** Closes every resource in reverse order, whatever happens to each one. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        try {
            for (int i = resources.size() - 1; i >= 0; i--) {
                try {
                    resources.get(i).close();
                } catch (RuntimeException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
        } finally {
            onClose.run();
        }
        if (first != null) {
            throw first;
        }
    }
}

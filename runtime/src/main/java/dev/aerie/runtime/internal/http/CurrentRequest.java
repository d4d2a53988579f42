package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.Request;
import dev.aerie.runtime.internal.RequestScope;

/** Used by generated code: the {@link Request} of the request scope open on this thread. */
public final class CurrentRequest {
    private CurrentRequest() {}

    /** Used by generated code (the container's {@code Request} binding and guard calls). */
    public static Request get() {
        return RequestScope.require("Request").request()
                .filter(Request.class::isInstance).map(Request.class::cast)
                .orElseThrow(() -> new IllegalStateException("Request was used in a request scope that serves no HTTP "
                        + "request (one opened with RequestScope.open()); inject it only into code that runs while "
                        + "handling a request"));
    }
}

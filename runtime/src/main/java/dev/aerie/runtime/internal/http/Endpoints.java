package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.Interceptor;
import dev.aerie.api.http.MethodNotAllowed;
import dev.aerie.api.http.PayloadTooLarge;
import dev.aerie.api.http.UnsupportedMediaType;
import dev.aerie.api.http.Route;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.api.http.RequestListener;
import dev.aerie.api.http.Response;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.json.Json;
import dev.aerie.runtime.json.JsonBindException;
import dev.aerie.runtime.json.JsonCodec;
import io.helidon.http.Header;
import io.helidon.http.HeaderNames;
import io.helidon.http.HeaderValues;
import io.helidon.http.HttpMediaType;
import io.helidon.http.Method;
import io.helidon.http.PathMatcher;
import io.helidon.http.PathMatchers;
import io.helidon.http.Status;
import io.helidon.webserver.http.Handler;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Used by generated code: the request pipeline every route runs through. {@link #route} wraps a
 * generated handler so that each request gets its request scope, start and end events and
 * problem responses for every failure; the {@code read}/{@code send} methods bind bodies and
 * finish the request (serialize, complete the request scope, then send).
 * For generated code; not an API.
 */
public final class Endpoints {
    private static final System.Logger LOG = System.getLogger("dev.aerie.http");
    private static final Header JSON = HeaderValues.create(HeaderNames.CONTENT_TYPE, "application/json");
    private static final Header PROBLEM = HeaderValues.create(HeaderNames.CONTENT_TYPE, Problems.CONTENT_TYPE);

    private final Json json;
    private final Problems problems;
    private final RequestListener[] listeners;
    private final long maxBodyBytes;
    private final List<RouteInfo> routes;
    private final List<PathMatcher> routeMatchers;
    private final RequestDeadline deadline;
    private Catcher unmatchedCatcher;

    /** With {@code requestTimeout} ({@code server.request-timeout}, zero: none) checked before each request commits. */
    Endpoints(Json json, Problems problems, List<RequestListener> listeners, long maxBodyBytes, List<RouteInfo> routes,
              Duration requestTimeout) {
        this.deadline = new RequestDeadline(requestTimeout);
        this.json = json;
        this.problems = problems;
        this.listeners = listeners.toArray(RequestListener[]::new);
        this.maxBodyBytes = maxBodyBytes;
        this.routes = List.copyOf(routes);
        this.routeMatchers = routes.stream().map(route -> PathMatchers.create(route.path())).toList();
    }

    /** The Helidon handler for the route {@code pattern} that runs {@code handler} inside the pipeline. */
    public Handler route(String pattern, Handler handler) {
        return (request, response) -> handle(pattern, handler, null, request, response);
    }

    /** Like {@link #route(String, Handler)}, with the controller's {@code @Catches} handlers answering its failures. */
    public Handler route(String pattern, Handler handler, Catcher catcher) {
        return (request, response) -> handle(pattern, handler, catcher, request, response);
    }

    private void handle(String pattern, Handler handler, Catcher catcher, ServerRequest request, ServerResponse response) {
        RequestContext context = RequestScope.open();
        context.request(new HelidonRequest(request, pattern));
        deadline.start(context);
        RequestRecord event = listeners.length == 0 ? null : new RequestRecord(request, pattern, response);
        try {
            if (event != null) {
                fireStart(event);
            }
            rejectMatrixParameters(request);
            handler.handle(request, response);
        } catch (Throwable thrown) {
            Throwable failure = Problems.typed(thrown);
            if (event != null) {
                event.failure = thrown; // listeners log what was thrown, not its typed form
            }
            if (catcher == null || !caught(catcher, failure, request, response)) {
                sendProblem(request, response, failure);
            }
        } finally {
            try {
                if (event != null) {
                    fireEnd(event);
                }
            } finally {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Closing the request scope of " + request.prologue().method().text() + " "
                            + request.path().path() + " failed", e);
                }
            }
        }
    }

    /**
     * Helidon drops {@code ;name=value} from path segments, so {@code /books/1;drop} would be
     * answered as {@code /books/1}. No route takes matrix parameters: refuse them. An encoded
     * {@code %3B} is an ordinary character of a value and is not refused.
     */
    private static void rejectMatrixParameters(ServerRequest request) {
        if (request.path().rawPath().indexOf(';') >= 0) {
            throw new BadRequestException("The path " + Params.shown(request.path().rawPath()) + " contains ';' "
                    + "(a matrix parameter), which no route accepts; remove it, or encode a ';' that is part of a "
                    + "value as %3B");
        }
    }

    private void fireStart(RequestRecord event) {
        for (RequestListener listener : listeners) {
            listener.onRequestStart(event);
        }
    }

    private void fireEnd(RequestRecord event) {
        for (RequestListener listener : listeners) {
            try {
                listener.onRequestEnd(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Request listener " + listener.getClass().getName() + " failed", e);
            }
        }
    }

    /**
     * Whether {@code catcher} answered {@code failure}. A handler that throws is a 500 problem: its
     * failure is logged, never sent.
     */
    private boolean caught(Catcher catcher, Throwable failure, ServerRequest request, ServerResponse response) {
        if (response.isSent()) {
            return false;
        }
        try {
            if (failure instanceof HttpException problem && !bodyDrained(request, problem)) {
                response.header(HeaderValues.CONNECTION_CLOSE); // as for problem responses
            }
            return catcher.caught(failure, response);
        } catch (Throwable handlerFailure) {
            handlerFailure.addSuppressed(failure);
            if (!response.isSent()) {
                sendProblem(request, response, new IllegalStateException("a @Catches handler failed", handlerFailure));
            }
            return true;
        }
    }

    /**
     * Used by generated code: answers a failure with a {@code @Catches} handler's {@code result}
     * (its status, headers and JSON body), without completing the request scope, whose work rolls back.
     */
    public <T> void sendCaught(ServerResponse response, Response<T> result, JsonCodec<T> codec) throws Exception {
        byte[] body = result.body().isPresent() ? json.write(codec, result.body().get()) : null;
        response.status(Status.create(result.status()));
        addHeaders(response, result);
        if (body == null) {
            response.send();
        } else {
            response.header(JSON);
            response.send(body);
        }
    }

    private void sendProblem(ServerRequest request, ServerResponse response, Throwable failure) {
        String method = request.prologue().method().text();
        String path = request.path().path();
        if (response.isSent()) {
            // The response is out (or the client went away while it was sent): nothing to tell anyone but the log.
            LOG.log(Level.DEBUG, () -> method + " " + path + " failed after its response was sent", failure);
            return;
        }
        HttpException problem = problems.problemFor(failure, method, path);
        try {
            if (!bodyDrained(request, problem)) {
                // Helidon closes a connection whose request body it cannot read to the end; say so,
                // or a client that pools connections sends its next request into the closed one.
                response.header(HeaderValues.CONNECTION_CLOSE);
            }
            send(response, problem, path);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Could not send the problem response for " + method + " " + path, e);
        }
    }

    /**
     * Whether the request body, if any, has been read to its end, so that the connection can carry
     * the next request. A body left unread is drained here, unless it is the one refused as too
     * large (reading it would take what the limit refuses) or it cannot be read (such as a broken
     * gzip stream).
     */
    private static boolean bodyDrained(ServerRequest request, HttpException problem) {
        if (!request.content().hasEntity() || request.content().consumed()) {
            return true;
        }
        if (problem.status() == 413) {
            return false;
        }
        try {
            request.content().consume();
            return request.content().consumed();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void send(ServerResponse response, HttpException problem, String path) {
        byte[] body = Problems.body(problem, path);
        response.status(Status.create(problem.status()));
        for (Map.Entry<String, String> header : problem.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        response.header(PROBLEM);
        response.send(body);
    }

    /**
     * Used by generated code: the JSON body of the request read with {@code codec}; 415 unless
     * the content type is JSON, 400 when there is no body, it is the JSON
     * literal {@code null} or it is malformed (a {@code JsonBindException}), 413 when it is larger than {@code server.max-payload-size}.
     */
    public <T> T readJson(ServerRequest request, JsonCodec<T> codec) throws Exception {
        Optional<HttpMediaType> type = request.headers().contentType();
        if (type.isEmpty() || !isJson(type.get())) {
            throw new UnsupportedMediaType(type.map(t -> "Content-Type " + t.text() + " is not supported")
                    .orElse("The request has no Content-Type")
                    + "; send the body as JSON with Content-Type: application/json",
                    type.map(HttpMediaType::text).orElse(""), "application/json");
        }
        OptionalLong length = request.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > maxBodyBytes) {
            throw tooLarge();
        }
        if (!request.content().hasEntity() || (length.isPresent() && length.getAsLong() == 0)) {
            throw new BadRequestException("The request body is missing; send a JSON body");
        }
        LimitedInputStream in = new LimitedInputStream(request.content().inputStream(), maxBodyBytes);
        T body;
        try (in) {
            body = json.read(in, codec);
        } catch (Exception e) {
            if (in.exceeded()) {
                throw tooLarge();
            }
            throw e;
        }
        if (body == null) {
            // a body is required: the literal null must not reach the handler as a null argument
            throw new JsonBindException("the body is the JSON literal null; send the JSON value this endpoint expects",
                    "$", 1, 1);
        }
        return body;
    }

    /**
     * Used by generated code: runs {@code call} (the handler) inside {@code interceptors}, outermost
     * first, and returns the result of the outermost. A result of the wrong type is a
     * {@code ClassCastException} where the generated route uses it (a 500).
     */
    @SuppressWarnings("unchecked")
    public static <T> T intercept(Route route, Object[] arguments, Call<T> call, Interceptor... interceptors) throws Exception {
        return (T) new Chain(CurrentRequest.get(), route, arguments, call, interceptors).proceed();
    }

    /**
     * Used by generated code: the fields of the request's {@code application/x-www-form-urlencoded}
     * body; 415 for another content type, 413 over {@code server.max-payload-size}. No body is no fields.
     */
    public FormFields readForm(ServerRequest request) throws Exception {
        Optional<HttpMediaType> type = request.headers().contentType();
        if (type.isEmpty() || !"application".equalsIgnoreCase(type.get().type())
                || !"x-www-form-urlencoded".equalsIgnoreCase(type.get().subtype())) {
            throw new UnsupportedMediaType(type.map(t -> "Content-Type " + t.text() + " is not supported")
                    .orElse("The request has no Content-Type")
                    + "; send the form with Content-Type: application/x-www-form-urlencoded",
                    type.map(HttpMediaType::text).orElse(""), "application/x-www-form-urlencoded");
        }
        OptionalLong length = request.headers().contentLength();
        if (length.isPresent() && length.getAsLong() > maxBodyBytes) {
            throw tooLarge();
        }
        if (!request.content().hasEntity()) {
            return FormFields.parse("");
        }
        LimitedInputStream in = new LimitedInputStream(request.content().inputStream(), maxBodyBytes);
        try (in) {
            return FormFields.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            if (in.exceeded()) {
                throw tooLarge();
            }
            throw e;
        }
    }

    private PayloadTooLarge tooLarge() {
        return new PayloadTooLarge("The request body is larger than " + maxBodyBytes + " bytes (server.max-payload-size)",
                maxBodyBytes);
    }

    private static boolean isJson(HttpMediaType type) {
        String subtype = type.subtype();
        return "application".equalsIgnoreCase(type.type())
                && ("json".equalsIgnoreCase(subtype) || subtype.regionMatches(true, subtype.length() - 5, "+json", 0, 5));
    }

    /** Used by generated code: completes the request scope (commits), then answers {@code status} with the JSON of {@code value}. */
    public <T> void sendJson(ServerResponse response, int status, T value, JsonCodec<T> codec) throws Exception {
        byte[] body = json.write(codec, value);
        complete();
        response.status(Status.create(status));
        response.header(JSON);
        response.send(body);
    }

    /** Used by generated code: like {@link #sendJson}, but an empty {@code value} completes the request and answers 404. */
    public <T> void sendOptional(ServerRequest request, ServerResponse response, int status, Optional<T> value,
                                 JsonCodec<T> codec) throws Exception {
        if (value.isPresent()) {
            sendJson(response, status, value.get(), codec);
        } else {
            complete();
            send(response, new NotFoundException("Nothing found at " + request.path().path()), request.path().path());
        }
    }

    /** Used by generated code: completes the request scope, then answers with {@code result}'s status, headers and JSON body. */
    public <T> void sendResponse(ServerResponse response, Response<T> result, JsonCodec<T> codec) throws Exception {
        byte[] body = result.body().isPresent() ? json.write(codec, result.body().get()) : null;
        complete();
        response.status(Status.create(result.status()));
        addHeaders(response, result);
        if (body == null) {
            response.send();
        } else {
            response.header(JSON);
            response.send(body);
        }
    }

    /** Adds, rather than sets, each header: a response may carry several {@code Set-Cookie}s. */
    private static void addHeaders(ServerResponse response, Response<?> result) {
        for (Map.Entry<String, String> header : result.headers()) {
            response.headers().add(HeaderValues.create(HeaderNames.create(header.getKey()), header.getValue()));
        }
    }

    /**
     * Used by generated code: completes the request scope, then answers {@code status} (204 for
     * void methods) with no body; when the handler already sent the response itself, only completes.
     */
    public void sendEmpty(ServerResponse response, int status) throws Exception {
        complete();
        if (!response.isSent()) {
            response.status(Status.create(status));
            response.send();
        }
    }

    /** Commits the request's unit of work, unless its deadline has passed (then a 503, and closing the scope rolls back). */
    private void complete() throws Exception {
        RequestContext context = RequestScope.require("the response");
        deadline.check(context);
        context.complete();
    }

    /**
     * Answers requests no route matched: {@code OPTIONS} with 204 and {@code Allow}, other methods
     * with 405 and {@code Allow} when the path exists for other methods, else 404.
     */
    void unmatched(ServerRequest request, ServerResponse response) {
        SortedSet<String> allowed = methodsOf(request);
        String path = request.path().path();
        if (allowed.isEmpty()) {
            answerUnmatched(request, response, new NotFoundException("No route matches " + path));
            return;
        }
        String allow = String.join(", ", allowed);
        if (request.prologue().method() == Method.OPTIONS) {
            response.status(Status.NO_CONTENT_204);
            response.header(HeaderNames.ALLOW, allow);
            response.send();
            return;
        }
        answerUnmatched(request, response, new MethodNotAllowed(
                request.prologue().method().text() + " is not supported on " + path + "; use " + allow, allowed));
    }

    /**
     * Sends {@code problem}, or what the root module's {@code @Catches} handler for it answers
     * (in a request scope of its own, as for a route).
     */
    private void answerUnmatched(ServerRequest request, ServerResponse response, HttpException problem) {
        if (unmatchedCatcher != null) {
            try (RequestContext context = RequestScope.open()) {
                context.request(new HelidonRequest(request, ""));
                if (caught(unmatchedCatcher, problem, request, response)) {
                    return;
                }
            }
        }
        send(response, problem, request.path().path());
    }

    /** The root module's {@code @Catches} handlers, for requests no route matches; set before the server starts. */
    void unmatchedCatcher(Optional<Catcher> catcher) {
        this.unmatchedCatcher = catcher.orElse(null);
    }

    /**
     * The methods the request's path answers, sorted: its routes' methods, {@code HEAD} where
     * there is a {@code GET}, and {@code OPTIONS}. Empty when no route has this path.
     */
    SortedSet<String> methodsOf(ServerRequest request) {
        TreeSet<String> allowed = new TreeSet<>();
        for (int i = 0; i < routes.size(); i++) {
            if (routeMatchers.get(i).match(request.path()).accepted()) {
                allowed.add(routes.get(i).method());
            }
        }
        if (allowed.isEmpty()) {
            return allowed;
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD"); // every GET route answers HEAD too (GetAlsoAnswersHead)
        }
        allowed.add("OPTIONS");
        return allowed;
    }

    /** The request as seen by {@link RequestListener}s. */
    private static final class RequestRecord implements dev.aerie.api.http.RequestEvent {
        private final ServerRequest request;
        private final String route;
        private final ServerResponse response;
        private final long start = System.nanoTime();
        private Throwable failure;

        RequestRecord(ServerRequest request, String route, ServerResponse response) {
            this.request = request;
            this.route = route;
            this.response = response;
        }

        @Override
        public String method() {
            return request.prologue().method().text();
        }

        @Override
        public String path() {
            return request.path().path();
        }

        @Override
        public String route() {
            return route;
        }

        @Override
        public int status() {
            return response.isSent() ? response.status().code() : 0;
        }

        @Override
        public long elapsedNanos() {
            return System.nanoTime() - start;
        }

        @Override
        public Optional<Throwable> failure() {
            return Optional.ofNullable(failure);
        }
    }
}

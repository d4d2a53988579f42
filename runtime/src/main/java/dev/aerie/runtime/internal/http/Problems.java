package dev.aerie.runtime.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.MalformedBody;
import dev.aerie.api.http.PayloadTooLarge;
import dev.aerie.api.http.ValidationFailed;
import dev.aerie.runtime.json.JsonBindException;
import dev.aerie.runtime.validation.ConstraintViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Turns failures into RFC 9457 problem responses: the status, headers and JSON body. */
final class Problems {
    static final String CONTENT_TYPE = "application/problem+json";
    private static final System.Logger LOG = System.getLogger("dev.aerie.http");
    private static final JsonFactory JSON = new JsonFactory();

    /**
     * The stack trace of a 5xx the application or the database named (a 503 while the database is
     * away) is logged at most this often: an outage then logs one line per request (with its
     * request id), not a stack trace each, thousands a second. A 500 always logs its trace.
     */
    static final long TRACE_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final AtomicLong lastTrace = new AtomicLong(System.nanoTime() - TRACE_INTERVAL_NANOS);

    Problems() {}

    private boolean traceDue() {
        long now = System.nanoTime();
        long last = lastTrace.get();
        return now - last >= TRACE_INTERVAL_NANOS && lastTrace.compareAndSet(last, now);
    }

    /**
     * {@code failure} as the typed exception of the api that {@code @Catches} handlers and the
     * problem response see: a broken constraint is a {@link ValidationFailed}, a body that is not
     * the JSON the route takes a {@link MalformedBody}; anything else is returned as it is.
     */
    static Throwable typed(Throwable failure) {
        if (failure instanceof HttpException) {
            return failure;
        }
        if (failure instanceof ConstraintViolationException invalid) {
            return new ValidationFailed(invalid.getMessage(), invalid.violations().stream()
                    .map(v -> new ValidationFailed.Violation(v.path(), v.message())).toList());
        }
        if (failure instanceof JsonBindException json) {
            return badJson(json);
        }
        if (failure instanceof StreamReadException json) {
            return malformedJson(json);
        }
        if (failure instanceof StreamConstraintsException limit) {
            return new BadRequestException("The JSON body exceeds a limit: " + limit.getOriginalMessage());
        }
        if (failure instanceof io.helidon.http.RequestException helidon && helidon.status().code() >= 400
                && helidon.status().code() < 500) {
            // Helidon found a client error while reading the request (an entity over the limit, a bad chunk).
            int status = helidon.status().code();
            if (status == 413) {
                return new PayloadTooLarge("The request body is larger than server.max-payload-size allows", 0);
            }
            return new HttpException(status, HttpException.reasonPhrase(status),
                    helidon.safeMessage() && helidon.getMessage() != null && !helidon.getMessage().isBlank()
                            ? helidon.getMessage() : "The request is malformed", failure);
        }
        if (failure instanceof io.helidon.http.HttpException helidon && helidon.status().code() >= 400
                && helidon.status().code() < 500) {
            int status = helidon.status().code();
            return new HttpException(status, HttpException.reasonPhrase(status), "The request is malformed", failure);
        }
        return failure;
    }

    /**
     * The problem {@code failure} stands for. Anything that is not a client error the application
     * or a typed exception names becomes a 500 with a fresh request id; its stack trace is logged
     * with that id and never sent.
     */
    HttpException problemFor(Throwable failure, String method, String path) {
        Optional<HttpException> known = known(failure);
        if (known.isPresent()) {
            HttpException problem = known.get();
            if (problem.status() >= 500) {
                java.util.function.Supplier<String> line = () -> method + " " + path + " answered " + problem.status() + ": "
                        + problem.detail().orElse(problem.title())
                        + RequestTracking.current().map(id -> " (request id " + id + ")").orElse("");
                if (traceDue()) {
                    LOG.log(Level.WARNING, line, failure);
                } else {
                    LOG.log(Level.WARNING, () -> line.get() + "; stack trace omitted (one every "
                            + TimeUnit.NANOSECONDS.toSeconds(TRACE_INTERVAL_NANOS) + " s at most)");
                }
            }
            return problem;
        }
        String requestId = RequestTracking.current().orElseGet(() -> UUID.randomUUID().toString());
        LOG.log(Level.ERROR, "Request " + requestId + " (" + method + " " + path + ") failed", failure);
        return new HttpException(500, "Internal Server Error",
                "The server failed to handle this request. Quote request id " + requestId + " when reporting it.", null)
                .member("requestId", requestId);
    }

    private Optional<HttpException> known(Throwable failure) {
        // database errors (api.db.DatabaseException: 409, 400, 503 with Retry-After) are HttpExceptions too
        return typed(failure) instanceof HttpException http ? Optional.of(http) : Optional.empty();
    }

    /** A 400 saying what is wrong with the JSON body and where: JSON path, line and column. */
    static MalformedBody badJson(JsonBindException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("path", e.path());
        error.put("message", e.problem());
        if (e.line() > 0) {
            error.put("line", e.line());
            error.put("column", e.column());
        }
        MalformedBody problem = new MalformedBody(e.getMessage(), e.path(), e.problem(), e);
        problem.member("errors", List.of(error));
        return problem;
    }

    /** A 400 saying where the JSON body is malformed: line, column and JSON path when known. */
    static MalformedBody malformedJson(StreamReadException e) {
        JsonLocation location = e.getLocation();
        String path = pathOf(e.getProcessor());
        StringBuilder detail = new StringBuilder("Malformed JSON body");
        if (location != null && location.getLineNr() > 0) {
            detail.append(" at line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (!path.isEmpty()) {
            detail.append(" (at ").append(path).append(')');
        }
        detail.append(": ").append(e.getOriginalMessage());
        MalformedBody problem = new MalformedBody(detail.toString(), path, e.getOriginalMessage(), e);
        if (location != null && location.getLineNr() > 0) {
            problem.member("line", location.getLineNr()).member("column", location.getColumnNr());
        }
        if (!path.isEmpty()) {
            problem.member("path", path);
        }
        return problem;
    }

    private static String pathOf(JsonParser parser) {
        if (parser == null || parser.getParsingContext() == null) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext();
        List<String> parts = new ArrayList<>();
        while (context != null && !context.inRoot()) {
            if (context.inArray()) {
                parts.add("[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null) {
                parts.add("." + context.getCurrentName());
            }
            context = context.getParent();
        }
        path.append('$');
        for (int i = parts.size() - 1; i >= 0; i--) {
            path.append(parts.get(i));
        }
        return path.length() == 1 ? "" : path.toString();
    }

    /** The problem body of {@code problem}, with {@code instance} the request path. */
    static byte[] body(HttpException problem, String instance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", problem.title());
            json.writeNumberField("status", problem.status());
            if (problem.detail().isPresent()) {
                json.writeStringField("detail", problem.detail().get());
            }
            if (instance != null && !instance.isEmpty()) {
                json.writeStringField("instance", instance);
            }
            for (Map.Entry<String, Object> member : problem.members().entrySet()) {
                json.writeFieldName(member.getKey());
                writeValue(json, member.getValue());
            }
            Optional<String> requestId = RequestTracking.current();
            if (requestId.isPresent() && !problem.members().containsKey("requestId")) {
                json.writeStringField("requestId", requestId.get()); // the X-Request-Id of the response
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNull();
            case String s -> json.writeString(s);
            case Boolean b -> json.writeBoolean(b);
            case Integer i -> json.writeNumber(i);
            case Long l -> json.writeNumber(l);
            case Double d -> json.writeNumber(d);
            case Float f -> json.writeNumber(f);
            case java.math.BigDecimal d -> json.writeNumber(d);
            case java.math.BigInteger i -> json.writeNumber(i);
            case Number n -> json.writeNumber(n.toString());
            case Optional<?> o -> writeValue(json, o.orElse(null));
            case Map<?, ?> map -> {
                json.writeStartObject();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    json.writeFieldName(String.valueOf(entry.getKey()));
                    writeValue(json, entry.getValue());
                }
                json.writeEndObject();
            }
            case Iterable<?> items -> {
                json.writeStartArray();
                for (Object item : items) {
                    writeValue(json, item);
                }
                json.writeEndArray();
            }
            case Object[] items -> writeValue(json, java.util.Arrays.asList(items));
            default -> json.writeString(value.toString());
        }
    }
}

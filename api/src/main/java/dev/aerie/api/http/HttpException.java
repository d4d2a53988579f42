package dev.aerie.api.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An error that becomes an RFC 9457 {@code application/problem+json} response: its
 * {@link #status()}, {@link #title()}, {@link #detail()}, extra {@link #members()} and response
 * {@link #headers()} (for example {@code Retry-After}). Throw it (or a subclass) from a controller,
 * a service or a request resource; other layers (such as the database) make their client errors
 * subclasses of it.
 *
 * <pre>{@code
 * throw new ConflictException("a book with this ISBN exists").member("isbn", isbn);
 * }</pre>
 */
public class HttpException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    /** A problem with {@code status}, the standard reason phrase as title and {@code detail}. */
    public HttpException(int status, String detail) {
        this(status, reasonPhrase(status), detail, null);
    }

    /** A problem with {@code status}, {@code title} and {@code detail} (null for none), caused by {@code cause}. */
    public HttpException(int status, String title, String detail, Throwable cause) {
        super(detail, cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an HttpException needs a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.title = title;
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** A short summary of the problem type, such as "Not Found". */
    public String title() {
        return title;
    }

    /** What went wrong this time, for the client to read. */
    public Optional<String> detail() {
        return Optional.ofNullable(getMessage());
    }

    /** Extension members of the problem body, in insertion order. */
    public Map<String, Object> members() {
        return Collections.unmodifiableMap(members);
    }

    /** Headers added to the response, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Adds an extension member to the problem body. Values may be strings, numbers, booleans,
     * null, lists and maps of those.
     */
    public HttpException member(String name, Object value) {
        switch (name) {
            case "type", "title", "status", "detail", "instance" ->
                    throw new IllegalArgumentException("'" + name + "' is a standard problem member: status, title"
                            + " and detail come from the constructor, and Aerie writes type about:blank and no"
                            + " instance; name this member otherwise");
            default -> members.put(name, value);
        }
        return this;
    }

    /** Adds a response header. */
    public HttpException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The reason phrase of common status codes, "Error" for others. */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status < 500 ? "Client Error" : "Server Error";
        };
    }
}

package dev.aerie.api.db;

import java.util.Map;

/**
 * A database error the client caused or should retry, carrying what its problem+json response
 * (RFC 9457) says: status, title, detail, extra members and headers. Subclasses name the case.
 * When {@code dev.aerie.api.http.HttpException} exists this family will extend it.
 */
public abstract class DatabaseException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> properties;
    private final Map<String, String> headers;

    protected DatabaseException(int status, String title, String detail, Map<String, Object> properties,
                                Map<String, String> headers, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
        this.properties = Map.copyOf(properties);
        this.headers = Map.copyOf(headers);
    }

    /** The HTTP status of the response. */
    public int status() {
        return status;
    }

    /** A short summary of the problem type. */
    public String title() {
        return title;
    }

    /** What went wrong in this occurrence; never contains a value the client sent. */
    public String detail() {
        return getMessage();
    }

    /** Extra problem members, such as {@code constraint} or {@code column}. */
    public Map<String, Object> properties() {
        return properties;
    }

    /** Response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}

package dev.aerie.api.db;

import java.util.Map;
import java.util.Optional;

/**
 * A database error the client caused or should retry, carrying what its problem+json response
 * (RFC 9457) says: status, title, detail, extra members and headers. Subclasses name the case.
 * Its accessors match {@code dev.aerie.api.http.HttpException}, which this family will extend
 * once both are on the same branch.
 */
public abstract class DatabaseException extends RuntimeException {
    private final int status;
    private final String title;
    private final Map<String, Object> members;
    private final Map<String, String> headers;

    protected DatabaseException(int status, String title, String detail, Map<String, Object> members,
                                Map<String, String> headers, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.title = title;
        this.members = Map.copyOf(members);
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
    public Optional<String> detail() {
        return Optional.ofNullable(getMessage());
    }

    /** Extra problem members, such as {@code constraint} or {@code column}. */
    public Map<String, Object> members() {
        return members;
    }

    /** Response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}

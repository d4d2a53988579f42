package dev.aerie.api.db;

import dev.aerie.api.http.HttpException;
import java.util.Map;

/**
 * A database error the client caused or should retry: an {@link HttpException}, so it becomes a
 * problem+json response (RFC 9457) with its status, title, detail, members (such as
 * {@code constraint} or {@code column}) and headers (such as {@code Retry-After}). The detail
 * never contains a value the client sent. Subclasses name the case.
 */
public abstract sealed class DatabaseException extends HttpException
        permits DataConflictException, DataIntegrityException, DatabaseUnavailableException, RowNotFoundException {

    DatabaseException(int status, String title, String detail, Map<String, Object> members, Map<String, String> headers,
                      Throwable cause) {
        super(status, title, detail, cause);
        members.forEach(super::member);
        headers.forEach(super::header);
    }
}

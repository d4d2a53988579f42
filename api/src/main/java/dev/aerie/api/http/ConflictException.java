package dev.aerie.api.http;

/** 409 Conflict: the request conflicts with the current state (a duplicate key, a stale version). */
public class ConflictException extends HttpException {
    /** With {@code detail} saying what went wrong. */
    public ConflictException(String detail) {
        super(409, detail);
    }

    /** With {@code detail} saying what went wrong, caused by {@code cause}. */
    public ConflictException(String detail, Throwable cause) {
        super(409, reasonPhrase(409), detail, cause);
    }
}

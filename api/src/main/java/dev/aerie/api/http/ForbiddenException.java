package dev.aerie.api.http;

/** 403 Forbidden: the caller may not do this. */
public class ForbiddenException extends HttpException {
    /** With {@code detail} saying what went wrong. */
    public ForbiddenException(String detail) {
        super(403, detail);
    }

    /** With {@code detail} saying what went wrong, caused by {@code cause}. */
    public ForbiddenException(String detail, Throwable cause) {
        super(403, reasonPhrase(403), detail, cause);
    }
}

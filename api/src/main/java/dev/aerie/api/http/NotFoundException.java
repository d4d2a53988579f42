package dev.aerie.api.http;

/** 404 Not Found: the resource does not exist. */
public class NotFoundException extends HttpException {
    /** With {@code detail} saying what went wrong. */
    public NotFoundException(String detail) {
        super(404, detail);
    }

    /** With {@code detail} saying what went wrong, caused by {@code cause}. */
    public NotFoundException(String detail, Throwable cause) {
        super(404, reasonPhrase(404), detail, cause);
    }
}

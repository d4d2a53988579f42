package dev.aerie.api.http;

/** 400 Bad Request: the request is malformed or a value in it is invalid. */
public class BadRequestException extends HttpException {
    /** With {@code detail} saying what went wrong. */
    public BadRequestException(String detail) {
        super(400, detail);
    }

    /** With {@code detail} saying what went wrong, caused by {@code cause}. */
    public BadRequestException(String detail, Throwable cause) {
        super(400, reasonPhrase(400), detail, cause);
    }
}

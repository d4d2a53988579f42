package dev.aerie.api.http;

/** 401 Unauthorized: the request lacks valid credentials. */
public class UnauthorizedException extends HttpException {
    /** With {@code detail} saying what went wrong. */
    public UnauthorizedException(String detail) {
        super(401, detail);
    }

    /** With {@code detail} saying what went wrong, caused by {@code cause}. */
    public UnauthorizedException(String detail, Throwable cause) {
        super(401, reasonPhrase(401), detail, cause);
    }
}

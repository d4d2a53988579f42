package dev.aerie.api.http;

/** 413: the request body is larger than {@code server.max-payload-size}; a {@link Catches} handler may answer it. */
public class PayloadTooLarge extends HttpException {
    private final long limit;

    /** With {@code detail}; {@code limit} is the largest body accepted, in bytes (0 when unknown). */
    public PayloadTooLarge(String detail, long limit) {
        super(413, reasonPhrase(413), detail, null);
        this.limit = limit;
    }

    /** The largest body accepted, in bytes; 0 when unknown. */
    public long limit() {
        return limit;
    }
}

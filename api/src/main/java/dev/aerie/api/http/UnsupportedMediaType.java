package dev.aerie.api.http;

import java.util.Optional;

/** 415: the body's {@code Content-Type} is not the one the route reads; a {@link Catches} handler may answer it. */
public class UnsupportedMediaType extends HttpException {
    private final String received;
    private final String expected;

    /**
     * @param received the Content-Type sent; empty when there was none
     * @param expected the one the route reads, such as {@code application/json}
     */
    public UnsupportedMediaType(String detail, String received, String expected) {
        super(415, reasonPhrase(415), detail, null);
        this.received = received;
        this.expected = expected;
        header("Accept", expected);
    }

    /** The Content-Type sent, if any. */
    public Optional<String> received() {
        return received == null || received.isEmpty() ? Optional.empty() : Optional.of(received);
    }

    /** The Content-Type the route reads. */
    public String expected() {
        return expected;
    }
}

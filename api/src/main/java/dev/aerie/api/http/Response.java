package dev.aerie.api.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A handler result that sets the status and headers as well as the (JSON) body.
 *
 * <pre>{@code
 * return Response.created(book).header("Location", "/books/" + book.id());
 * }</pre>
 *
 * @param status  the status code: 2xx or 3xx from a route; any from a {@link Catches} handler
 * @param headers extra response headers, in order
 * @param body    the body, written as JSON; empty for no body
 * @param <T>     the body type
 */
public record Response<T>(int status, List<Map.Entry<String, String>> headers, Optional<T> body) {

    public Response {
        if (status < 200 || status > 599) {
            throw new IllegalArgumentException("a Response needs a status from 200 to 599, not " + status);
        }
        headers = List.copyOf(headers);
    }

    /** 200 with {@code body}. */
    public static <T> Response<T> ok(T body) {
        return new Response<>(200, List.of(), Optional.of(body));
    }

    /** 201 with {@code body}. */
    public static <T> Response<T> created(T body) {
        return new Response<>(201, List.of(), Optional.of(body));
    }

    /** 204 and no body. */
    public static <T> Response<T> noContent() {
        return new Response<>(204, List.of(), Optional.empty());
    }

    /** {@code status} with {@code body}. */
    public static <T> Response<T> of(int status, T body) {
        return new Response<>(status, List.of(), Optional.of(body));
    }

    /** {@code status} and no body. */
    public static <T> Response<T> status(int status) {
        return new Response<>(status, List.of(), Optional.empty());
    }

    /** This response with a {@code Set-Cookie} header for {@code cookie}. */
    public Response<T> cookie(SetCookie cookie) {
        return header("Set-Cookie", cookie.headerValue());
    }

    /** This response with one more header. */
    public Response<T> header(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Response<>(status, more, body);
    }
}

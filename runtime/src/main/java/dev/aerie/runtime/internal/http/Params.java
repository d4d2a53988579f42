package dev.aerie.runtime.internal.http;

import dev.aerie.api.http.BadRequestException;
import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.MissingParameter;
import io.helidon.common.uri.UriQuery;
import io.helidon.http.HeaderName;
import io.helidon.webserver.http.ServerRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Used by generated code: reads path variables, query parameters and headers and converts them,
 * answering 400 naming the parameter when a value is missing or of the wrong type.
 * For generated code; not an API.
 */
public final class Params {
    private Params() {}

    /** Used by generated code: the path variable {@code name} of the matched route. */
    public static String path(ServerRequest request, String name) {
        return request.path().pathParameters().get(name);
    }

    /**
     * Used by generated code: the value of the single-valued query parameter {@code name}, if
     * present; 400 when it is given more than once ({@code ?id=1&id=2}), since taking either value
     * silently would answer a question the client did not ask.
     */
    public static Optional<String> query(ServerRequest request, String name) {
        UriQuery query = request.query();
        if (!query.contains(name)) {
            return Optional.empty();
        }
        List<String> values = query.all(name);
        if (values.size() > 1) {
            throw new BadRequestException("The query parameter '" + name + "' is given " + values.size()
                    + " times but takes one value; send it once").member("parameter", name);
        }
        return Optional.of(values.get(0));
    }

    /** Used by generated code: the value of query parameter {@code name}; 400 when absent or given more than once. */
    public static String requiredQuery(ServerRequest request, String name) {
        return query(request, name)
                .orElseThrow(() -> missing("query parameter", name, "add ?" + name + "=... to the URL"));
    }

    /** Used by generated code: every value of the repeated query parameter {@code name} ({@code ?tag=a&tag=b}). */
    public static List<String> queryAll(ServerRequest request, String name) {
        return request.query().contains(name) ? request.query().all(name) : List.of();
    }

    /** Used by generated code: the header {@code name}, if present. */
    public static Optional<String> header(ServerRequest request, HeaderName name) {
        return request.headers().first(name);
    }

    /** Used by generated code: the header {@code name}; 400 when absent. */
    public static String requiredHeader(ServerRequest request, HeaderName name) {
        return request.headers().first(name)
                .orElseThrow(() -> missing("header", name.defaultCase(), "send the " + name.defaultCase() + " header"));
    }

    /** Used by generated code: the cookie {@code name} of the {@code Cookie} header, if present. */
    public static Optional<String> cookie(ServerRequest request, String name) {
        return request.headers().cookies().first(name).asOptional();
    }

    /** Used by generated code: the cookie {@code name}; 400 when absent. */
    public static String requiredCookie(ServerRequest request, String name) {
        return cookie(request, name).orElseThrow(() -> missing("cookie", name, "send the cookie " + name));
    }

    private static HttpException missing(String kind, String name, String fix) {
        return new MissingParameter("The " + kind + " '" + name + "' is required; " + fix, kind, name);
    }

    /** Used by generated code: {@code value} as an int; 400 naming {@code what} (such as "path variable 'id'") otherwise. */
    public static int toInt(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw wrongType(value, what, "a whole number between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE);
        }
    }

    /** Used by generated code: {@code value} as a long; 400 naming {@code what} otherwise. */
    public static long toLong(String value, String what) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw wrongType(value, what, "a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
        }
    }

    /** Used by generated code: {@code value} as a short; 400 naming {@code what} otherwise. */
    public static short toShort(String value, String what) {
        try {
            return Short.parseShort(value);
        } catch (NumberFormatException e) {
            throw wrongType(value, what, "a whole number between " + Short.MIN_VALUE + " and " + Short.MAX_VALUE);
        }
    }

    /** Used by generated code: {@code value} as a byte; 400 naming {@code what} otherwise. */
    public static byte toByte(String value, String what) {
        try {
            return Byte.parseByte(value);
        } catch (NumberFormatException e) {
            throw wrongType(value, what, "a whole number between " + Byte.MIN_VALUE + " and " + Byte.MAX_VALUE);
        }
    }

    /** Used by generated code: {@code value} as a finite double; 400 naming {@code what} otherwise. */
    public static double toDouble(String value, String what) {
        try {
            double d = Double.parseDouble(value);
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw wrongType(value, what, "a number");
    }

    /** Used by generated code: {@code value} as a finite float; 400 naming {@code what} otherwise. */
    public static float toFloat(String value, String what) {
        double d = toDouble(value, what);
        if (Math.abs(d) > Float.MAX_VALUE) {
            throw wrongType(value, what, "a number within float range");
        }
        return (float) d;
    }

    /** Used by generated code: {@code value} as a boolean ({@code true} or {@code false}); 400 naming {@code what} otherwise. */
    public static boolean toBoolean(String value, String what) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw wrongType(value, what, "true or false");
    }

    /** Used by generated code: {@code value} as a single char; 400 naming {@code what} otherwise. */
    public static char toChar(String value, String what) {
        if (value.length() == 1) {
            return value.charAt(0);
        }
        throw wrongType(value, what, "a single character");
    }

    /**
     * Used by generated code: {@code value} converted by {@code parse} (such as {@code UUID::fromString},
     * {@code LocalDate::parse}, {@code Color::valueOf}); 400 naming {@code what} and saying
     * {@code expected} when {@code parse} rejects it.
     */
    public static <T> T to(String value, String what, Function<String, T> parse, String expected) {
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw wrongType(value, what, expected);
        }
    }

    /** Used by generated code: every value of {@code values} converted by {@code convert}. */
    public static <T> List<T> each(List<String> values, Function<String, T> convert) {
        List<T> converted = new ArrayList<>(values.size());
        for (String value : values) {
            converted.add(convert.apply(value));
        }
        return List.copyOf(converted);
    }

    private static HttpException wrongType(String value, String what, String expected) {
        return new BadRequestException("The " + what + " must be " + expected + ", but is '" + shown(value) + "'")
                .member("parameter", nameIn(what));
    }

    /** {@code value} cut to 100 characters, to quote a client's input in a message. */
    static String shown(String value) {
        return value.length() > 100 ? value.substring(0, 100) + "..." : value;
    }

    /** "path variable 'id'" -> "id". */
    private static String nameIn(String what) {
        int open = what.indexOf('\'');
        int close = what.lastIndexOf('\'');
        return open >= 0 && close > open ? what.substring(open + 1, close) : what;
    }
}

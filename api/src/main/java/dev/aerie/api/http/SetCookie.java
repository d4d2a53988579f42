package dev.aerie.api.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Set-Cookie} header (RFC 6265), added to a response with {@link Response#cookie}:
 *
 * <pre>{@code
 * return Response.ok(user).cookie(SetCookie.of("session", token).maxAge(Duration.ofDays(7)));
 * }</pre>
 *
 * Defaults are the safe ones: {@code Path=/}, {@code HttpOnly}, {@code Secure},
 * {@code SameSite=Lax}. Name and value are checked, so a value cannot inject attributes.
 *
 * @param name     the cookie's name (an RFC 7230 token)
 * @param value    its value (cookie-octets: no spaces, quotes, commas, semicolons or backslashes)
 * @param maxAge   how long the client keeps it; empty for a session cookie, zero to delete it
 * @param path     the {@code Path} attribute
 * @param httpOnly whether scripts cannot read it
 * @param secure   whether it is sent over HTTPS only
 * @param sameSite {@code Strict}, {@code Lax} or {@code None}
 */
public record SetCookie(String name, String value, Optional<Duration> maxAge, String path, boolean httpOnly,
                        boolean secure, String sameSite) {

    public SetCookie {
        if (name.isEmpty() || !name.chars().allMatch(SetCookie::isTokenChar)) {
            throw new IllegalArgumentException("cookie name '" + name + "' is not a token: use letters, digits and !#$%&'*+-.^_`|~");
        }
        if (!value.chars().allMatch(c -> c == 0x21 || (c >= 0x23 && c <= 0x2B) || (c >= 0x2D && c <= 0x3A)
                || (c >= 0x3C && c <= 0x5B) || (c >= 0x5D && c <= 0x7E))) {
            throw new IllegalArgumentException("the value of cookie " + name + " has a character a cookie cannot carry "
                    + "(space, quote, comma, semicolon, backslash or non-ASCII); encode it, e.g. with Base64url");
        }
        if (path.chars().anyMatch(c -> c == ';' || c < 0x20 || c > 0x7E)) {
            throw new IllegalArgumentException("the path of cookie " + name + " must not contain ';' or control characters");
        }
        sameSite = switch (sameSite.toLowerCase(Locale.ROOT)) {
            case "strict" -> "Strict";
            case "lax" -> "Lax";
            case "none" -> "None";
            default -> throw new IllegalArgumentException("SameSite is Strict, Lax or None, not " + sameSite);
        };
        if (maxAge.isPresent() && maxAge.get().isNegative()) {
            throw new IllegalArgumentException("the max age of cookie " + name + " must not be negative");
        }
    }

    /** A session cookie {@code name=value} with the safe defaults. */
    public static SetCookie of(String name, String value) {
        return new SetCookie(name, value, Optional.empty(), "/", true, true, "Lax");
    }

    /** Tells the client to drop cookie {@code name} (empty value, {@code Max-Age=0}). */
    public static SetCookie delete(String name) {
        return of(name, "").maxAge(Duration.ZERO);
    }

    public SetCookie maxAge(Duration maxAge) {
        return new SetCookie(name, value, Optional.of(maxAge), path, httpOnly, secure, sameSite);
    }

    public SetCookie path(String path) {
        return new SetCookie(name, value, maxAge, path, httpOnly, secure, sameSite);
    }

    public SetCookie httpOnly(boolean httpOnly) {
        return new SetCookie(name, value, maxAge, path, httpOnly, secure, sameSite);
    }

    public SetCookie secure(boolean secure) {
        return new SetCookie(name, value, maxAge, path, httpOnly, secure, sameSite);
    }

    public SetCookie sameSite(String sameSite) {
        return new SetCookie(name, value, maxAge, path, httpOnly, secure, sameSite);
    }

    /** The header value: {@code session=abc; Max-Age=604800; Path=/; HttpOnly; Secure; SameSite=Lax}. */
    public String headerValue() {
        StringBuilder header = new StringBuilder(name).append('=').append(value);
        maxAge.ifPresent(age -> header.append("; Max-Age=").append(age.toSeconds()));
        header.append("; Path=").append(path);
        if (httpOnly) {
            header.append("; HttpOnly");
        }
        if (secure) {
            header.append("; Secure");
        }
        return header.append("; SameSite=").append(sameSite).toString();
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7F && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
    }
}

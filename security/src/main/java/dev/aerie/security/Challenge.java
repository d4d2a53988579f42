package dev.aerie.security;

import dev.aerie.api.http.HttpException;
import dev.aerie.api.http.UnauthorizedException;
import java.util.Optional;

/**
 * The 401 of RFC 6750 §3: {@code WWW-Authenticate: <scheme> realm="...", error="invalid_token",
 * error_description="..."}. A request without credentials for this scheme gets the challenge
 * without an error code, as §3.1 asks.
 */
final class Challenge {
    private final String scheme;
    private final Optional<String> realm;

    Challenge(String scheme, Optional<String> realm) {
        this.scheme = scheme;
        this.realm = realm;
    }

    /** No credentials of this scheme: the header is missing or names another scheme. */
    HttpException missing(String detail) {
        return unauthorized(Optional.empty(), detail);
    }

    /** Credentials of this scheme that are not accepted: malformed, forged, expired... */
    HttpException invalidToken(String detail) {
        return unauthorized(Optional.of("invalid_token"), detail);
    }

    private HttpException unauthorized(Optional<String> error, String detail) {
        StringBuilder value = new StringBuilder(scheme);
        String separator = " ";
        if (realm.isPresent()) {
            value.append(separator).append("realm=\"").append(quotable(realm.get())).append('"');
            separator = ", ";
        }
        if (error.isPresent()) {
            value.append(separator).append("error=\"").append(error.get()).append("\", error_description=\"")
                    .append(quotable(detail)).append('"');
        }
        HttpException e = new UnauthorizedException(detail);
        e.header("WWW-Authenticate", value.toString());
        return e;
    }

    /** RFC 6750 allows %x20-21 / %x23-5B / %x5D-7E in these values: no quote, no backslash, ASCII only. */
    private static String quotable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? c : '\'');
        }
        return out.toString();
    }
}

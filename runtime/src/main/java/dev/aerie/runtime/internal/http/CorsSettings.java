package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.config.AerieConfig;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * {@code server.cors.*}: which browser origins may call the application (CORS). Off unless
 * {@code server.cors.allow-origins} is set.
 *
 * @param anyOrigin {@code allow-origins} is {@code *}
 * @param origins the allowed origins, as browsers send them ({@code https://app.example.com:8443})
 * @param methods the methods a preflight may allow; empty: every method of the path
 * @param headers the request headers a preflight may allow, lower case; empty: the ones asked for
 * @param exposeHeaders response headers scripts may read beyond the CORS-safelisted ones
 * @param credentials whether cookies and {@code Authorization} may be sent
 * @param maxAge how long a browser may cache a preflight's answer
 */
record CorsSettings(boolean anyOrigin, Set<String> origins, Set<String> methods, Set<String> headers,
                    List<String> exposeHeaders, boolean credentials, Duration maxAge) {
    private static final String PREFIX = "server.cors.";
    /** An origin as the Fetch standard serializes it: scheme, host and an optional port, no path. */
    private static final Pattern ORIGIN = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#\\s]+");

    static Optional<CorsSettings> from(AerieConfig config) {
        List<String> origins = config.getList(PREFIX + "allow-origins");
        if (origins.isEmpty()) {
            return Optional.empty();
        }
        boolean any = origins.contains("*");
        for (String origin : origins) {
            if (!origin.equals("*") && !ORIGIN.matcher(origin).matches()) {
                throw new IllegalArgumentException("Configuration key '" + PREFIX + "allow-origins' lists '" + origin
                        + "', which is not an origin: write scheme://host[:port] with no path or trailing slash,"
                        + " such as https://app.example.com, or * for any origin.");
            }
        }
        boolean credentials = config.getBoolean(PREFIX + "allow-credentials", false);
        if (any && credentials) {
            throw new IllegalArgumentException("Configuration key '" + PREFIX + "allow-credentials' is true, so '"
                    + PREFIX + "allow-origins' cannot be *: browsers refuse credentials from a server that allows"
                    + " any origin. List the origins that may send credentials instead.");
        }
        Duration maxAge = config.getDuration(PREFIX + "max-age", Duration.ofHours(1));
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("Configuration key '" + PREFIX + "max-age' must not be negative, but is "
                    + maxAge);
        }
        List<String> headers = config.getList(PREFIX + "allow-headers");
        return Optional.of(new CorsSettings(any, Set.copyOf(origins),
                normalized(config.getList(PREFIX + "allow-methods"), true),
                headers.contains("*") ? Set.of() : normalized(headers, false),
                config.getList(PREFIX + "expose-headers"), credentials, maxAge));
    }

    /** Methods are matched in upper case, header names in lower case; sorted, for messages. */
    private static Set<String> normalized(List<String> items, boolean upper) {
        Set<String> result = new TreeSet<>();
        for (String item : items) {
            result.add(upper ? item.toUpperCase(Locale.ROOT) : item.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(result);
    }

    boolean allows(String origin) {
        return anyOrigin || origins.contains(origin);
    }
}

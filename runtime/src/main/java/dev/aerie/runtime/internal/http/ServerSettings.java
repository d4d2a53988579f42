package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.json.JsonLimits;
import java.time.Duration;
import java.util.Optional;

/**
 * The server settings Aerie reads itself (with Aerie's defaults); everything else under
 * {@code server} goes to Helidon as it is.
 */
record ServerSettings(String host, int port, long maxPayloadSize, Duration shutdownGracePeriod, JsonLimits jsonLimits,
                      int maxInFlightRequests, Duration requestTimeout) {
    static final int DEFAULT_PORT = 8080;
    /** Far above what one instance's database pool serves at once, low enough to bound memory under a flood. */
    static final int DEFAULT_MAX_IN_FLIGHT_REQUESTS = 1000;
    static final long DEFAULT_MAX_PAYLOAD = 1024 * 1024;
    /**
     * The idle timeout of common load balancers and proxies: past it the client has usually been
     * cut off, so work that would commit then is work nobody learns the outcome of (and a retry
     * would do it twice).
     */
    static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);

    static ServerSettings from(AerieConfig config) {
        int port = config.getInt("server.port", DEFAULT_PORT);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("Configuration key 'server.port' must be between 0 and 65535, but is " + port);
        }
        long maxPayload = config.getLong("server.max-payload-size", DEFAULT_MAX_PAYLOAD);
        if (maxPayload <= 0) {
            throw new IllegalArgumentException("Configuration key 'server.max-payload-size' must be positive, but is " + maxPayload);
        }
        int maxInFlight = config.getInt("server.max-in-flight-requests", DEFAULT_MAX_IN_FLIGHT_REQUESTS);
        if (maxInFlight < 0) {
            throw new IllegalArgumentException("Configuration key 'server.max-in-flight-requests' must be 0 (no limit) or"
                    + " positive, but is " + maxInFlight);
        }
        Duration requestTimeout = requestTimeout(config);
        return new ServerSettings(
                config.get("server.host", "0.0.0.0"),
                port,
                maxPayload,
                config.getDuration("server.shutdown-grace-period", Duration.ofSeconds(10)),
                new JsonLimits(
                        config.getInt("json.max-nesting-depth", JsonLimits.DEFAULT.maxNestingDepth()),
                        config.getInt("json.max-string-length", JsonLimits.DEFAULT.maxStringLength()),
                        config.getInt("json.max-name-length", JsonLimits.DEFAULT.maxNameLength()),
                        config.getInt("json.max-number-length", JsonLimits.DEFAULT.maxNumberLength())),
                maxInFlight,
                requestTimeout);
    }

    /** {@code server.request-timeout}: {@code off} or {@code 0} turns it off (zero). */
    private static Duration requestTimeout(AerieConfig config) {
        Optional<String> text = config.get("server.request-timeout").map(String::trim);
        if (text.isPresent() && (text.get().equalsIgnoreCase("off") || text.get().equalsIgnoreCase("false"))) {
            return Duration.ZERO;
        }
        Duration timeout = config.getDuration("server.request-timeout", DEFAULT_REQUEST_TIMEOUT);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("Configuration key 'server.request-timeout' must be off, 0 or a positive"
                    + " duration such as 60s, but is " + text.orElse(""));
        }
        return timeout;
    }
}

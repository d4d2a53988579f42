package dev.aerie.runtime.internal.db;

import static dev.aerie.runtime.internal.db.DbConfigValues.flag;
import static dev.aerie.runtime.internal.db.DbConfigValues.number;
import static dev.aerie.runtime.internal.db.DbConfigValues.text;

import io.helidon.config.Config;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Database settings, read from the {@code db.} keys of the application's configuration.
 * See {@code docs/persistence.md} for every key and its default.
 *
 * @param url               JDBC URL; the dialect follows from it
 * @param user              user name, if any
 * @param password          password, if any
 * @param minIdle           connections the pool keeps open once it has started
 * @param maxSize           most connections the pool opens
 * @param connectionTimeout how long a session waits for a connection before failing with 503
 * @param sslMode           {@code disable}, {@code require}, {@code verify-ca} or {@code verify-full}
 * @param sslRootCert       CA certificate file for the verify modes
 * @param properties        driver properties passed through as they are
 * @param echo              log every statement and its parameters at INFO
 * @param forceRollback     roll back everything a session did when it closes (for tests)
 * @param statementTimeout  the database cancels any statement running longer; zero: no timeout
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public record DatabaseConfig(String url, Optional<String> user, Optional<String> password, int minIdle, int maxSize,
                             Duration connectionTimeout, Optional<String> sslMode, Optional<String> sslRootCert,
                             Map<String, String> properties, boolean echo, boolean forceRollback,
                             Duration statementTimeout) {

    /** With no {@code db.url}: an H2 file database under {@code ./data/}, lower-case identifiers. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/aerie;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE";
    public static final int DEFAULT_MIN_IDLE = 1;
    public static final int DEFAULT_MAX_SIZE = 10;
    /** Short, so that an outage or an exhausted pool answers 503 quickly instead of hanging. */
    public static final Duration DEFAULT_CONNECTION_TIMEOUT = Duration.ofSeconds(3);
    /**
     * Far longer than any request should take, yet a runaway query cannot hold a connection (and
     * the request's client) for ever; below the 60 s idle timeout of common load balancers.
     */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    public DatabaseConfig {
        if (Dialect.ofJdbcUrl(url).isEmpty()) {
            throw new IllegalArgumentException("db.url '" + redact(url) + "' is not an H2, PostgreSQL or MariaDB/MySQL JDBC URL;"
                    + " use jdbc:h2:..., jdbc:postgresql://host/db or jdbc:mariadb://host/db");
        }
        if (maxSize < 1 || minIdle < 0 || minIdle > maxSize) {
            throw new IllegalArgumentException("db.pool sizes must satisfy 0 <= min-size <= max-size and max-size >= 1, got min-size "
                    + minIdle + " and max-size " + maxSize);
        }
        if (connectionTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("db.pool.connection-timeout must be at least 250ms, got " + connectionTimeout);
        }
        if (statementTimeout.isNegative()) {
            throw new IllegalArgumentException("db.statement-timeout must be off, 0 or a positive duration, got " + statementTimeout);
        }
        sslMode.ifPresent(mode -> {
            if (!mode.equals("disable") && !mode.equals("require") && !mode.equals("verify-ca") && !mode.equals("verify-full")) {
                throw new IllegalArgumentException("db.ssl.mode must be disable, require, verify-ca or verify-full, got '" + mode + "'");
            }
        });
        properties = Map.copyOf(properties);
    }

    /** The defaults: embedded H2 under ./data/. */
    public static DatabaseConfig defaults() {
        return of(DEFAULT_URL);
    }

    /** The defaults with another URL. */
    public static DatabaseConfig of(String url) {
        return new DatabaseConfig(url, Optional.empty(), Optional.empty(), DEFAULT_MIN_IDLE, DEFAULT_MAX_SIZE,
                DEFAULT_CONNECTION_TIMEOUT, Optional.empty(), Optional.empty(), Map.of(), false, false,
                DEFAULT_STATEMENT_TIMEOUT);
    }

    /** Reads the {@code db} node of {@code root} (the application's whole configuration). */
    public static DatabaseConfig from(Config root) {
        Config db = root.get("db");
        Map<String, String> properties = new LinkedHashMap<>();
        Config props = db.get("properties");
        if (props.exists()) {
            props.asMap().get().forEach((key, value) -> properties.put(key.substring("db.properties.".length()), value));
        }
        return new DatabaseConfig(
                text(db, "url").filter(url -> !url.isBlank()).orElse(DEFAULT_URL),
                text(db, "user").or(() -> text(db, "username")),
                text(db, "password"),
                number(db, "pool.min-size", DEFAULT_MIN_IDLE),
                number(db, "pool.max-size", DEFAULT_MAX_SIZE),
                text(db, "pool.connection-timeout").map(v -> duration("pool.connection-timeout", v)).orElse(DEFAULT_CONNECTION_TIMEOUT),
                text(db, "ssl.mode").map(mode -> mode.toLowerCase(Locale.ROOT)),
                text(db, "ssl.root-cert"),
                properties,
                flag(db, "echo", false),
                flag(db, "force-rollback", false),
                text(db, "statement-timeout").map(DatabaseConfig::statementTimeout).orElse(DEFAULT_STATEMENT_TIMEOUT));
    }

    /** The dialect of {@link #url()}. */
    public Dialect dialect() {
        return Dialect.ofJdbcUrl(url).orElseThrow();
    }

    /** Driver properties: the pass-through ones plus what {@code ssl.*} means for this driver. */
    public Map<String, String> driverProperties() {
        Map<String, String> all = new LinkedHashMap<>();
        sslMode.ifPresent(mode -> {
            switch (dialect()) {
                case POSTGRESQL -> all.put("sslmode", mode);
                case MARIADB -> all.put("sslMode", switch (mode) {
                    case "require" -> "trust";
                    default -> mode;
                });
                case H2 -> { /* embedded or its own TCP server: SSL is set in the URL (jdbc:h2:ssl://) */ }
            }
        });
        sslRootCert.ifPresent(path -> {
            switch (dialect()) {
                case POSTGRESQL -> all.put("sslrootcert", path);
                case MARIADB -> all.put("serverSslCert", path);
                case H2 -> { }
            }
        });
        all.putAll(properties);
        return all;
    }

    /** The URL without anything after the first {@code ?} (passwords may hide there), for messages. */
    public static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    /** {@code off} or {@code 0}: no timeout; otherwise a duration. */
    private static Duration statementTimeout(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        return value.equals("off") || value.equals("false") ? Duration.ZERO : duration("statement-timeout", text);
    }

    /** {@code 3s}, {@code 500ms}, {@code PT3S} or a number of milliseconds. */
    public static Duration duration(String text) {
        return duration("pool.connection-timeout", text);
    }

    /** {@code 3s}, {@code 500ms}, {@code PT3S} or a number of milliseconds; a mistake names {@code db.<key>}. */
    static Duration duration(String key, String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
            }
            if (value.endsWith("s") && !value.startsWith("pt")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).trim()));
            }
            if (value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            return Duration.ofMillis(Long.parseLong(value));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("db." + key + " must look like 3s, 500ms, PT3S or a number of milliseconds, got '"
                    + text + "'");
        }
    }
}

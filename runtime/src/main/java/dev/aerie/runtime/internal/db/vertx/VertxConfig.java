package dev.aerie.runtime.internal.db.vertx;

import static dev.aerie.runtime.internal.db.DbConfigValues.flag;
import static dev.aerie.runtime.internal.db.DbConfigValues.number;
import static dev.aerie.runtime.internal.db.DbConfigValues.text;

import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.db.DbConfigValues;
import io.helidon.config.Config;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings of the Vert.x PostgreSQL backend, chosen with {@code db.driver: vertx} (the default
 * driver is {@code jdbc}). The connection itself (URL, user, password, pool size, connection
 * timeout, SSL) comes from the same keys as for JDBC; these are the settings only this backend
 * has. See {@code docs/persistence.md}, section "Vert.x backend", for why each default is what it is.
 *
 * @param eventLoops            Vert.x event-loop threads; they only move bytes, the handlers run on virtual threads
 * @param readConnections       connections of the pipelined pool that serves reads outside a transaction
 * @param pipeliningLimit       queries one connection may have in flight before the first answer
 * @param pipelinedReads        send entity reads that come before a session's first write to the pipelined pool
 * @param idleTimeout           close a pooled connection unused this long; zero keeps connections forever
 * @param maxWaitQueue          sessions that may wait for a connection; beyond it a 503 comes at once (-1: no bound)
 * @param statementCacheSize    prepared statements cached per connection
 * For Aerie's own modules (the launcher, aerie-test, generated code); not an API.
 */
public record VertxConfig(int eventLoops, int readConnections, int pipeliningLimit, boolean pipelinedReads,
                          Duration idleTimeout, int maxWaitQueue, int statementCacheSize) {

    public static final int DEFAULT_PIPELINING_LIMIT = 256;
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(10);
    public static final int DEFAULT_STATEMENT_CACHE_SIZE = 256;

    public VertxConfig {
        if (eventLoops < 1 || readConnections < 1 || pipeliningLimit < 1 || statementCacheSize < 1) {
            throw new IllegalArgumentException("db.vertx.event-loops, read-connections, pipelining-limit and "
                    + "statement-cache-size must be at least 1, got " + eventLoops + ", " + readConnections + ", "
                    + pipeliningLimit + " and " + statementCacheSize);
        }
        if (idleTimeout.isNegative()) {
            throw new IllegalArgumentException("db.vertx.idle-timeout must not be negative, got " + idleTimeout);
        }
        if (maxWaitQueue < -1) {
            throw new IllegalArgumentException("db.vertx.max-wait-queue must be -1 (no bound) or more, got " + maxWaitQueue);
        }
    }

    /**
     * The defaults: one event loop per core, and as many pipelined read connections as the JDBC
     * pool's default size (PostgreSQL runs one query at a time per connection, so these are the
     * server processes working on reads).
     */
    public static VertxConfig defaults() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new VertxConfig(cores, DatabaseConfig.DEFAULT_MAX_SIZE, DEFAULT_PIPELINING_LIMIT, true, DEFAULT_IDLE_TIMEOUT,
                -1, DEFAULT_STATEMENT_CACHE_SIZE);
    }

    /**
     * The Vert.x settings when {@code db.driver} of {@code root} is {@code vertx}; empty for
     * {@code jdbc} or no setting. Any other driver name fails, naming both.
     */
    public static Optional<VertxConfig> from(Config root) {
        Config db = root.get("db");
        String driver = text(db, "driver").map(d -> d.trim().toLowerCase(Locale.ROOT)).orElse("jdbc");
        switch (driver) {
            case "jdbc", "" -> {
                return Optional.empty();
            }
            case "vertx" -> { }
            default -> throw new IllegalArgumentException("db.driver must be jdbc (JDBI over HikariCP, the default) or "
                    + "vertx (the Vert.x reactive PostgreSQL client), got '" + driver + "'");
        }
        VertxConfig defaults = defaults();
        return Optional.of(new VertxConfig(
                number(db, "vertx.event-loops", defaults.eventLoops()),
                number(db, "vertx.read-connections", number(db, "pool.max-size", defaults.readConnections())),
                number(db, "vertx.pipelining-limit", defaults.pipeliningLimit()),
                flag(db, "vertx.pipelined-reads", true),
                text(db, "vertx.idle-timeout").map(v -> duration("vertx.idle-timeout", v)).orElse(defaults.idleTimeout()),
                number(db, "vertx.max-wait-queue", defaults.maxWaitQueue()),
                number(db, "vertx.statement-cache-size", defaults.statementCacheSize())));
    }

    private static Duration duration(String key, String value) {
        try {
            String trimmed = value.trim().toLowerCase(Locale.ROOT);
            if (trimmed.endsWith("m") && !trimmed.endsWith("ms") && !trimmed.startsWith("pt")) {
                return Duration.ofMinutes(Long.parseLong(trimmed.substring(0, trimmed.length() - 1).trim()));
            }
            return DatabaseConfig.duration(value);
        } catch (IllegalArgumentException e) { // NumberFormatException too
            throw new IllegalArgumentException("db." + key + " must look like 10m, 30s, 500ms, PT10M or a number of "
                    + "milliseconds, got '" + value + "'");
        }
    }
}

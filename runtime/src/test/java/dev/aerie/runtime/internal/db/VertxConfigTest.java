package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.db.vertx.VertxBackend;
import dev.aerie.runtime.internal.db.vertx.VertxConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** db.driver and the db.vertx.* keys; how the JDBC URL, user and SSL settings reach the Vert.x client. */
class VertxConfigTest {

    private static Config config(String... keysAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Config.just(ConfigSources.create(values));
    }

    @Test
    void jdbcIsTheDefaultDriver() {
        assertEquals(Optional.empty(), VertxConfig.from(config()));
        assertEquals(Optional.empty(), VertxConfig.from(config("db.driver", "jdbc")));
        assertEquals("jdbc", ApplicationDatabase.create(config("db.url", "jdbc:postgresql://127.0.0.1/test"), TestSchema.SCHEMA).driver());
    }

    @Test
    void vertxWithDefaultsAndOverrides() {
        VertxConfig defaults = VertxConfig.from(config("db.driver", "VertX")).orElseThrow();
        assertEquals(VertxConfig.defaults(), defaults);
        assertEquals(256, defaults.pipeliningLimit());
        assertTrue(defaults.pipelinedReads());
        assertEquals(Runtime.getRuntime().availableProcessors(), defaults.eventLoops());
        assertEquals(10, defaults.readConnections(), "as many as the JDBC pool's default size");
        assertEquals(4, VertxConfig.from(config("db.driver", "vertx", "db.pool.max-size", "4")).orElseThrow().readConnections(),
                "follows db.pool.max-size unless set");

        VertxConfig set = VertxConfig.from(config("db.driver", "vertx", "db.vertx.event-loops", "3",
                "db.vertx.read-connections", "5", "db.vertx.pipelining-limit", "16", "db.vertx.pipelined-reads", "false",
                "db.vertx.idle-timeout", "5m", "db.vertx.max-wait-queue", "100", "db.vertx.statement-cache-size", "64",
                "db.vertx.read-timeout", "1500ms"))
                .orElseThrow();
        assertEquals(new VertxConfig(3, 5, 16, false, Duration.ofMinutes(5), 100, 64, Optional.of(Duration.ofMillis(1500))), set);
    }

    @Test
    void mistakesNameTheKeyAndTheFix() {
        IllegalArgumentException driver = assertThrows(IllegalArgumentException.class,
                () -> VertxConfig.from(config("db.driver", "hikari")));
        assertTrue(driver.getMessage().contains("db.driver must be jdbc") && driver.getMessage().contains("vertx"),
                driver.getMessage());
        IllegalArgumentException number = assertThrows(IllegalArgumentException.class,
                () -> VertxConfig.from(config("db.driver", "vertx", "db.vertx.pipelining-limit", "lots")));
        assertTrue(number.getMessage().contains("db.vertx.pipelining-limit must be a whole number"), number.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> VertxConfig.from(config("db.driver", "vertx", "db.vertx.read-connections", "0")));
        assertTrue(zero.getMessage().contains("at least 1"), zero.getMessage());
        IllegalArgumentException idle = assertThrows(IllegalArgumentException.class,
                () -> VertxConfig.from(config("db.driver", "vertx", "db.vertx.idle-timeout", "soon")));
        assertTrue(idle.getMessage().contains("db.vertx.idle-timeout"), idle.getMessage());
    }

    @Test
    void vertxNeedsAPostgresqlUrl() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApplicationDatabase.create(
                config("db.driver", "vertx", "db.url", "jdbc:h2:mem:x"), TestSchema.SCHEMA));
        assertTrue(e.getMessage().contains("PostgreSQL only") && e.getMessage().contains("db.driver: jdbc"), e.getMessage());
    }

    @Test
    void choosingVertxOpensNothing() {
        try (ApplicationDatabase db = ApplicationDatabase.create(config("db.driver", "vertx", "db.url", "jdbc:postgresql://127.0.0.1:1/none"),
                TestSchema.SCHEMA)) {
            assertEquals("vertx", db.driver());
            assertEquals(new PoolStats(0, 0, 0, 0), db.poolStats());
        }
    }

    private static PgConnectOptions options(String... settings) {
        DatabaseConfig config = DatabaseConfig.from(config(settings));
        return new VertxBackend(config, VertxConfig.defaults(), new Mappings(TestSchema.SCHEMA), 1, Optional.empty())
                .connectOptions(VertxBackend.TRANSACTIONS_NAME);
    }

    @Test
    void theJdbcUrlUserAndPasswordReachTheClient() {
        PgConnectOptions options = options("db.url", "jdbc:postgresql://db.example:6543/app", "db.user", "me",
                "db.password", "secret");
        assertEquals("db.example", options.getHost());
        assertEquals(6543, options.getPort());
        assertEquals("app", options.getDatabase());
        assertEquals("me", options.getUser());
        assertEquals("secret", options.getPassword());
        assertEquals(256, options.getPipeliningLimit());
        assertTrue(options.getCachePreparedStatements());
        assertEquals("aerie-vertx", options.getProperties().get("application_name"));
        assertEquals(SslMode.DISABLE, options.getSslMode());
    }

    @Test
    void theStatementTimeoutIsAStartupParameterAndOffSendsNone() {
        assertEquals("30000", options("db.url", "jdbc:postgresql://db.example/app").getProperties().get("statement_timeout"));
        assertEquals("1500", options("db.url", "jdbc:postgresql://db.example/app", "db.statement-timeout", "1500ms")
                .getProperties().get("statement_timeout"));
        assertFalse(options("db.url", "jdbc:postgresql://db.example/app", "db.statement-timeout", "off")
                .getProperties().containsKey("statement_timeout"));
    }

    @Test
    void pgjdbcUrlParametersThatMeanSomethingCarryOver() {
        PgConnectOptions options = options("db.url",
                "jdbc:postgresql://h:5433/d?currentSchema=run_1&ApplicationName=books&prepareThreshold=0&sslmode=require");
        assertEquals("d", options.getDatabase());
        assertEquals(5433, options.getPort());
        assertEquals("run_1", options.getProperties().get("search_path"));
        assertEquals("books", options.getProperties().get("application_name"));
        assertEquals("ISO", options.getProperties().get("DateStyle"), "the client's own session settings stay");
        assertEquals(SslMode.REQUIRE, options.getSslMode());
    }

    @Test
    void sslModesMeanWhatTheyMeanForLibpq() {
        PgConnectOptions require = options("db.url", "jdbc:postgresql://h/d", "db.ssl.mode", "require");
        assertEquals(SslMode.REQUIRE, require.getSslMode());
        assertTrue(require.getSslOptions().isTrustAll(), "require encrypts without checking the certificate");

        PgConnectOptions full = options("db.url", "jdbc:postgresql://h/d", "db.ssl.mode", "verify-full",
                "db.ssl.root-cert", "/etc/ssl/db-ca.pem");
        assertEquals(SslMode.VERIFY_FULL, full.getSslMode());
        assertFalse(full.getSslOptions().isTrustAll());
        assertEquals("HTTPS", full.getSslOptions().getHostnameVerificationAlgorithm());
        PemTrustOptions trust = assertInstanceOf(PemTrustOptions.class, full.getSslOptions().getTrustOptions());
        assertEquals(java.util.List.of("/etc/ssl/db-ca.pem"), trust.getCertPaths());

        PgConnectOptions ca = options("db.url", "jdbc:postgresql://h/d", "db.ssl.mode", "verify-ca",
                "db.ssl.root-cert", "/etc/ssl/db-ca.pem");
        assertEquals(SslMode.VERIFY_CA, ca.getSslMode());
        assertEquals("", ca.getSslOptions().getHostnameVerificationAlgorithm(), "verify-ca checks the chain, not the name");
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading the db.* keys. */
class DatabaseConfigTest {

    private static DatabaseConfig read(Map<String, String> values) {
        return DatabaseConfig.from(Config.just(ConfigSources.create(values)));
    }

    @Test
    void withNothingConfiguredItIsTheEmbeddedH2FileDatabase() {
        DatabaseConfig config = read(Map.of());
        assertEquals("jdbc:h2:file:./data/aerie;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=FALSE", config.url());
        assertEquals(Dialect.H2, config.dialect());
        assertEquals(Duration.ofSeconds(3), config.connectionTimeout());
        assertEquals(10, config.maxSize());
        assertEquals(1, config.minIdle());
        assertFalse(config.echo());
        assertFalse(config.forceRollback());
        assertEquals(Duration.ofSeconds(30), config.statementTimeout());
    }

    @Test
    void theStatementTimeoutIsADurationOrOffAndBecomesEachDatabasesSessionSetting() {
        assertEquals(Duration.ofMillis(1500), read(Map.of("db.statement-timeout", "1500ms")).statementTimeout());
        assertEquals(Duration.ofMinutes(2), read(Map.of("db.statement-timeout", "PT2M")).statementTimeout());
        assertEquals(Duration.ZERO, read(Map.of("db.statement-timeout", "off")).statementTimeout());
        assertEquals(Duration.ZERO, read(Map.of("db.statement-timeout", "0")).statementTimeout());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> read(Map.of("db.statement-timeout", "soon")));
        assertEquals("db.statement-timeout must look like 3s, 500ms, PT3S or a number of milliseconds, got 'soon'",
                bad.getMessage());

        assertEquals(Optional.of("SET QUERY_TIMEOUT 1500"), StatementTimeout.initSql(Dialect.H2, Duration.ofMillis(1500)));
        assertEquals(Optional.of("SET statement_timeout = 1500"), StatementTimeout.initSql(Dialect.POSTGRESQL, Duration.ofMillis(1500)));
        assertEquals(Optional.of("SET SESSION max_statement_time = 1.500"), StatementTimeout.initSql(Dialect.MARIADB, Duration.ofMillis(1500)));
        assertEquals(Optional.empty(), StatementTimeout.initSql(Dialect.POSTGRESQL, Duration.ZERO));
    }

    @Test
    void everyKeyIsRead() {
        DatabaseConfig config = read(Map.of(
                "db.url", "jdbc:postgresql://db.example:5432/app",
                "db.user", "app",
                "db.password", "secret",
                "db.pool.min-size", "2",
                "db.pool.max-size", "20",
                "db.pool.connection-timeout", "1500ms",
                "db.ssl.mode", "verify-full",
                "db.ssl.root-cert", "/etc/ca.pem",
                "db.properties.ApplicationName", "aerie",
                "db.echo", "true"));
        assertEquals(Dialect.POSTGRESQL, config.dialect());
        assertEquals(Optional.of("app"), config.user());
        assertEquals(Optional.of("secret"), config.password());
        assertEquals(2, config.minIdle());
        assertEquals(20, config.maxSize());
        assertEquals(Duration.ofMillis(1500), config.connectionTimeout());
        assertTrue(config.echo());
        assertEquals(Map.of("sslmode", "verify-full", "sslrootcert", "/etc/ca.pem", "ApplicationName", "aerie"),
                config.driverProperties());
    }

    @Test
    void sslMeansTheRightDriverPropertiesForMariaDb() {
        DatabaseConfig config = read(Map.of("db.url", "jdbc:mariadb://h/db", "db.ssl.mode", "require"));
        assertEquals(Dialect.MARIADB, config.dialect());
        assertEquals(Map.of("sslMode", "trust"), config.driverProperties());
    }

    @Test
    void durationsInSeveralSpellings() {
        assertEquals(Duration.ofSeconds(5), DatabaseConfig.duration("5s"));
        assertEquals(Duration.ofSeconds(5), DatabaseConfig.duration("PT5S"));
        assertEquals(Duration.ofMillis(800), DatabaseConfig.duration("800"));
    }

    @Test
    void badValuesAreNamed() {
        assertMessage("db.url 'jdbc:oracle:thin:@x' is not an H2, PostgreSQL or MariaDB/MySQL JDBC URL",
                Map.of("db.url", "jdbc:oracle:thin:@x"));
        assertMessage("db.pool.max-size must be a whole number, got 'ten'", Map.of("db.pool.max-size", "ten"));
        assertMessage("min-size 5 and max-size 2", Map.of("db.pool.min-size", "5", "db.pool.max-size", "2"));
        assertMessage("db.pool.connection-timeout must look like", Map.of("db.pool.connection-timeout", "soon"));
        assertMessage("db.pool.connection-timeout must be at least 250ms", Map.of("db.pool.connection-timeout", "10ms"));
        assertMessage("db.echo must be true or false, got 'yes'", Map.of("db.echo", "yes"));
        assertMessage("db.ssl.mode must be disable, require, verify-ca or verify-full", Map.of("db.ssl.mode", "on"));
    }

    private static void assertMessage(String expected, Map<String, String> values) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> read(values));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void dialectsFromUrlsAndNames() {
        assertEquals(Optional.of(Dialect.MARIADB), Dialect.ofJdbcUrl("jdbc:mysql://h/db"));
        assertEquals(Optional.of(Dialect.MARIADB), Dialect.byId("MySQL"));
        assertEquals(Optional.of(Dialect.POSTGRESQL), Dialect.byId("postgresql"));
        assertEquals(Optional.empty(), Dialect.byId("oracle"));
        assertEquals("\"a\"\"b\"", Dialect.H2.quote("a\"b"));
        assertEquals("`a``b`", Dialect.MARIADB.quote("a`b"));
    }

    @Test
    void scriptsSplitAtSemicolonsEndingALine() {
        assertEquals(List.of("CREATE TABLE a (\nx INT\n)", "CREATE INDEX i ON a (x)", "SELECT 'a;b'"),
                ApplicationDatabase.statements("-- comment\nCREATE TABLE a (\n  x INT\n);\n\nCREATE INDEX i ON a (x);\nSELECT 'a;b'"));
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A configured driver that is not on the class path fails naming the Maven artifact to add. */
class DriversTest {
    /** Sees no class at all: every driver is missing. */
    private static final ClassLoader EMPTY = new ClassLoader(null) {};

    @Test
    void eachUrlNamesItsArtifact() {
        Map<String, String> artifacts = Map.of(
                "jdbc:h2:mem:x", "com.h2database:h2",
                "jdbc:postgresql://127.0.0.1/test?password=secret", "org.postgresql:postgresql",
                "jdbc:mariadb://127.0.0.1/test", "org.mariadb.jdbc:mariadb-java-client",
                "jdbc:mysql://127.0.0.1/test", "org.mariadb.jdbc:mariadb-java-client");
        artifacts.forEach((url, artifact) -> {
            assertEquals(Optional.of(artifact), Drivers.forJdbcUrl(url).map(Drivers.Driver::artifact), url);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Drivers.requireJdbc(url, EMPTY));
            assertTrue(e.getMessage().contains("Add the dependency " + artifact + " "), e.getMessage());
            assertTrue(e.getMessage().startsWith("db.url is " + url.replace("?password=secret", "?...") + ", but the "),
                    e.getMessage());
            assertTrue(!e.getMessage().contains("secret"), "the URL's parameters are not printed");
        });
        assertEquals(Optional.empty(), Drivers.forJdbcUrl("jdbc:oracle:thin:@x"));
    }

    @Test
    void theVertxClientNamesItsArtifact() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Drivers.requireVertx(EMPTY));
        assertEquals("db.driver is vertx, but the Vert.x PostgreSQL client driver is not on the class path. Add the "
                + "dependency io.vertx:vertx-pg-client (<groupId>io.vertx</groupId><artifactId>vertx-pg-client</artifactId>, "
                + "version from aerie-bom) to the application's pom.", e.getMessage());
    }

    @Test
    void theDriversOnThisClassPathAreFound() {
        ClassLoader loader = DriversTest.class.getClassLoader();
        for (String url : new String[] {"jdbc:h2:mem:x", "jdbc:postgresql://h/db", "jdbc:mariadb://h/db"}) {
            assertDoesNotThrow(() -> Drivers.requireJdbc(url, loader), url);
        }
        assertDoesNotThrow(() -> Drivers.requireVertx(loader));
    }

    @Test
    void theCheckRunsWhenTheFirstSessionConnects() {
        // the real path: a configured JDBC URL whose driver is present connects; the check sits
        // before the pool in JdbcBackend, so a missing one fails there with the message above
        try (ApplicationDatabase db = ApplicationDatabase.create(
                DatabaseConfig.of("jdbc:h2:mem:drivers_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"), TestSchema.SCHEMA)) {
            assertEquals(Optional.of(1), db.withSession((Session s) -> s.fetchVal(Integer.class, "SELECT 1")));
        }
    }
}

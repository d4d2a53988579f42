package dev.aerie.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Database;
import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** {@code GET /health} when the database cannot be reached: 503 {"status":"DOWN"}, quickly. */
class HealthDownTest {

    /** Started against a PostgreSQL port where nothing listens: the application starts anyway. */
    @AerieTest(value = AppModule.class, createTables = false, cleanTables = false, rollback = false,
            config = {"db.url=jdbc:postgresql://127.0.0.1:1/nothing?user=nobody", "db.pool.connection-timeout=250ms"})
    @org.junit.jupiter.api.Nested
    class Unreachable {
        @Test
        void downWith503(AerieClient http) {
            HttpResponse<String> health = http.get("/health");
            assertEquals(503, health.statusCode(), health.body());
            assertEquals("{\"status\":\"DOWN\"}", health.body());
            assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
        }
    }

    /** Up first, then the pool is closed under the running application. */
    @AerieTest(AppModule.class)
    @org.junit.jupiter.api.Nested
    class Lost {
        @Test
        void upThenDown(AerieClient http, Database database) {
            assertEquals(200, http.get("/health").statusCode());
            database.close();
            HttpResponse<String> health = http.get("/health");
            assertEquals(503, health.statusCode(), health.body());
            assertEquals("{\"status\":\"DOWN\"}", health.body());
        }
    }
}

package dev.aerie.conduit;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ConcurrencyContract} on PostgreSQL through the Vert.x client, in a schema of its own. */
@AerieTest(value = ConduitModule.class, config = "db.driver=vertx")
class ConcurrencyVertxTest extends ConcurrencyContract {
    private static String schema;

    ConcurrencyVertxTest(AerieClient http) {
        super(http);
    }

    @BeforeAll
    static void createSchema() throws Exception {
        schema = PostgresSchema.create("race_vertx");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.drop(schema);
    }
}

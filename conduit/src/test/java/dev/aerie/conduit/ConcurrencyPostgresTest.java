package dev.aerie.conduit;

import dev.aerie.test.AerieClient;
import dev.aerie.test.AerieTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link ConcurrencyContract} on PostgreSQL through JDBC (JDBI), in a schema of its own. */
@AerieTest(value = ConduitModule.class, config = "db.driver=jdbc")
class ConcurrencyPostgresTest extends ConcurrencyContract {
    private static String schema;

    ConcurrencyPostgresTest(AerieClient http) {
        super(http);
    }

    @BeforeAll
    static void createSchema() throws Exception {
        schema = PostgresSchema.create("race_jdbc");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.drop(schema);
    }
}

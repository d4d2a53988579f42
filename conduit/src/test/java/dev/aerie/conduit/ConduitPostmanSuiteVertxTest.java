package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Database;
import dev.aerie.test.AerieTest;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official RealWorld suite, unmodified, against Conduit on PostgreSQL through the Vert.x client, in a fresh schema. */
@AerieTest(value = ConduitModule.class, config = "db.driver=vertx")
class ConduitPostmanSuiteVertxTest {
    private static String schema;

    @BeforeAll
    static void createSchema() throws Exception {
        schema = PostgresSchema.create("vertx");
    }

    @AfterAll
    static void dropSchema() throws Exception {
        PostgresSchema.drop(schema);
    }

    @Test
    void theOfficialSuitePasses(URI base, Database database) throws Exception {
        assertEquals("postgresql/vertx", database.dialect() + "/" + database.driver(), "the backend under test");
        NewmanSuite.assertPasses(base, "postgresql-vertx");
    }
}

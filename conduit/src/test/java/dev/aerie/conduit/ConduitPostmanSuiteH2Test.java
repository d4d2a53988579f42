package dev.aerie.conduit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Database;
import dev.aerie.test.AerieTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The official RealWorld suite, unmodified, against Conduit on a fresh in-memory H2 database. */
@AerieTest(ConduitModule.class)
class ConduitPostmanSuiteH2Test {
    @Test
    void theOfficialSuitePasses(URI base, Database database) throws Exception {
        assertEquals("h2/jdbc", database.dialect() + "/" + database.driver(), "the backend under test");
        NewmanSuite.assertPasses(base, "h2");
    }
}

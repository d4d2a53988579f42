package dev.aerie.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.Container;
import dev.aerie.api.db.Database;
import dev.aerie.test.app.NotesModule;
import dev.aerie.test.app.NotesModule_OrmProvider;
import dev.aerie.test.app.NotesService;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The extension on a real application: free port, injection, clean tables, rolled-back test scope. */
@AerieTest(NotesModule.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AerieExtensionTest {
    private final AerieClient http;

    AerieExtensionTest(AerieClient http) {
        this.http = http;
    }

    @Test
    @Order(1)
    void servesOnAFreeLoopbackPort(URI base, Container container) {
        assertEquals("127.0.0.1", base.getHost());
        assertNotEquals(8080, base.getPort());
        assertTrue(base.getPort() > 0);
        assertEquals(base, http.baseUri());
        assertEquals(NotesModule.class.getName(), ((dev.aerie.runtime.internal.ApplicationContainer) container).rootModule().getName());
        HttpResponse<String> hello = http.get("/notes/hello?name=Ada");
        assertEquals(200, hello.statusCode());
        assertEquals("Hello, Ada", hello.body());
    }

    @Test
    @Order(1)
    void patchAndHeadersReachTheHandler() {
        HttpResponse<String> patched = http.header("X-Name", "Grace").patch("/notes/hello", "{}");
        assertEquals(200, patched.statusCode(), patched.body());
        assertEquals("Hello, Grace", patched.body());
        assertEquals("PATCH", patched.request().method());
        assertEquals(400, http.patch("/notes/hello", "{}").statusCode(), "this client sends no X-Name: header() made a copy");
    }

    @Test
    @Order(2)
    void injectsProvidersAndTheOrmProvider(NotesService notes, NotesModule_OrmProvider orm, Database database) {
        assertEquals(orm.database(), database);
        assertEquals(0, notes.count());
    }

    /** Each repetition writes over HTTP; the next one starts with an empty table again. */
    @RepeatedTest(3)
    @Order(3)
    void dataWrittenOverHttpIsGoneInTheNextTest() {
        assertEquals("0", http.get("/notes/count").body(), "the table is empty when a test starts");
        HttpResponse<String> created = http.send(http.request("/notes?text=hi").POST(HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("1", http.get("/notes/count").body(), "the request committed");
    }

    /** Each repetition writes in the test's own scope; that is rolled back, so the next one sees nothing. */
    // snippet:rollback
    @RepeatedTest(3)
    @Order(4)
    void dataWrittenInTheTestIsRolledBack(NotesService notes) {
        assertEquals(0, notes.count(), "nothing left by an earlier test");
        notes.add("written in the test");
        notes.addAndCommit("committed by the service");
        notes.addInTransaction("in a transaction block");
        notes.addInBackground("in withSession");
        assertEquals(4, notes.count(), "the test sees what the code under test wrote");
        assertEquals("0", http.get("/notes/count").body(), "nothing committed: a request (another session) sees none of it");
    }
    // end::rollback

    /** withSession in the test keeps its rule that a failure undoes the lambda's own work, and only that. */
    @Test
    @Order(5)
    void aFailingWithSessionUndoesOnlyItsOwnWork(NotesService notes) {
        notes.add("before");
        assertThrows(IllegalStateException.class, () -> notes.failInBackground("undone"));
        assertEquals(1, notes.count(), "the failed work is gone, the test's earlier write stays");
        notes.addInBackground("after");
        assertEquals(2, notes.count());
        assertEquals("0", http.get("/notes/count").body());
    }
}

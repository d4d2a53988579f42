package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.orm.RequestBoundSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The request-bound Session: one object that reaches the current request's own session, which
 * takes a connection only when used, commits on complete() and rolls back and releases on close().
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class RequestSessionTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    Session session;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
        session = db.requestSession();
    }

    private long stored() {
        return TestDatabases.committedRows(server, "rt_authors");
    }

    @Test
    void outsideARequestItFailsNamingWithSession() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> session.findAll(Author.class));
        assertTrue(e.getMessage().contains("outside a request"), e.getMessage());
        assertTrue(e.getMessage().contains("withSession"), e.getMessage());
    }

    @Test
    void aCompletedRequestCommits() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "a"));
            assertEquals(1, db.poolStats().active());
            assertEquals(0, stored());
            request.complete();
            assertEquals(1, stored(), "committed in complete(), before the response is sent");
        }
        assertEquals(0, db.poolStats().active());
    }

    @Test
    void aRequestThatIsNotCompletedRollsBack() {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "a"));
            // the handler threw: the HTTP layer only closes
        }
        assertEquals(0, stored());
        assertEquals(0, db.poolStats().active());
    }

    @Test
    void callsWithinOneRequestShareOneSessionAndRequestsDoNot() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "a"));
            assertEquals(1, session.findAll(Author.class).size(), "the second call sees the first one's uncommitted row");
            assertEquals(1, db.poolStats().active(), "one connection for the whole request");
            request.complete();
        }
        try (RequestContext request = RequestScope.open()) {
            BackendSession first = ((RequestBoundSession) session).current();
            assertEquals(false, first.connected());
            request.complete();
        }
        BackendSession one;
        try (RequestContext request = RequestScope.open()) {
            one = ((RequestBoundSession) session).current();
        }
        try (RequestContext request = RequestScope.open()) {
            assertNotSame(one, ((RequestBoundSession) session).current());
        }
    }

    @Test
    void aRequestThatNeverTouchesTheDatabaseTakesNoConnection() throws Exception {
        db.withSession(s -> s.findAll(Author.class)); // the pool has started
        int totalBefore = db.poolStats().total();
        try (RequestContext request = RequestScope.open()) {
            request.instance("something-else", Object::new);
            request.complete();
            assertEquals(0, db.poolStats().active());
        }
        try (RequestContext request = RequestScope.open()) {
            BackendSession s = ((RequestBoundSession) session).current(); // the session exists, unused
            assertEquals(false, s.connected());
            assertEquals(0, db.poolStats().active());
            request.complete();
        }
        assertEquals(0, db.poolStats().active());
        assertTrue(db.poolStats().total() <= Math.max(totalBefore, 1));
    }

    @Test
    void entityReadsAloneBeginNoTransactionAndAWriteDoes() throws Exception {
        long id = db.withSession(s -> s.insert(new Author(null, "a")).id());
        try (RequestContext request = RequestScope.open()) {
            BackendSession s = ((RequestBoundSession) session).current();
            session.find(Author.class, id).orElseThrow();
            session.findAll(Author.class);
            session.query(Author.class).count();
            assertEquals(false, s.transactional(), "no BEGIN/COMMIT for a request that only reads entities");
            session.insert(new Author(null, "b"));
            assertEquals(true, s.transactional());
            assertEquals(2, session.findAll(Author.class).size(), "reads after the write see it");
            request.complete();
        }
        assertEquals(2, stored());
    }

    /** Inserts an author and a book, then recovers from a duplicate book in a block: nothing is committed by that. */
    private long writeAndRecoverFromADuplicate() {
        long author = session.insert(new Author(null, "a")).id();
        session.insert(new Book(null, "first", author, 2000, "same", null));
        assertThrows(DataConflictException.class,
                () -> session.inTransaction(() -> session.insert(new Book(null, "dup", author, 2001, "same", null))));
        assertEquals(0, stored(), "the block that recovered from the duplicate committed nothing");
        session.insert(new Author(null, "b"));
        return author;
    }

    @Test
    void aBlockInARequestIsASavepointAndALaterFailureRollsEverythingBack() {
        try (RequestContext request = RequestScope.open()) {
            writeAndRecoverFromADuplicate();
            // the handler throws later: the HTTP layer only closes
        }
        assertEquals(0, stored());
        assertEquals(0, TestDatabases.committedRows(server, "rt_books"));
    }

    @Test
    void aBlockInARequestIsASavepointAndTheRequestCommitsOnceAtItsEnd() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            writeAndRecoverFromADuplicate();
            request.complete();
        }
        assertEquals(2, stored());
        assertEquals(1, TestDatabases.committedRows(server, "rt_books"), "the duplicate was undone, the first book kept");
    }

    @Test
    void explicitCommitInsideARequestIsDurableEvenIfTheRequestFailsLater() {
        try (RequestContext request = RequestScope.open()) {
            session.insert(new Author(null, "committed"));
            session.commit();
            session.insert(new Author(null, "not committed"));
        }
        assertEquals(1, stored());
    }

    @Test
    void aFailingCompleteLeavesNothingWritten() {
        try (ApplicationDatabase forced = TestDatabases.separate(server, Map.of())) {
            Session s = forced.requestSession();
            try (RequestContext request = RequestScope.open()) {
                s.insert(new Author(null, "a"));
                request.register(new dev.aerie.runtime.internal.RequestResource() {
                    @Override
                    public void complete() {
                        throw new IllegalStateException("a later resource fails to complete");
                    }

                    @Override
                    public void close() {}
                });
                // the database session completed first (registered first), so its commit happened:
                // a resource that must veto the commit has to be registered before the session
                assertThrows(IllegalStateException.class, request::complete);
            }
            assertEquals(1, stored());
        }
    }

    @Test
    void aRollbackOnlyScopeCommitsNothingWhateverTheCodeInItDoes() throws Exception {
        try (RequestContext request = RequestScope.open()) {
            RequestBoundSession.rollbackOnly(request);
            session.insert(new Author(null, "a"));
            session.commit();
            session.inTransaction(() -> session.insert(new Author(null, "b")));
            Author c = db.withSession(s -> s.insert(new Author(null, "c")));
            assertEquals("c", session.find(Author.class, c.id()).orElseThrow().name(), "withSession joined the scope's session");
            assertThrows(IllegalStateException.class, () -> db.withSession(s -> {
                s.insert(new Author(null, "undone"));
                throw new IllegalStateException("background work fails");
            }));
            assertEquals(3, session.findAll(Author.class).size(), "the failed withSession undid only its own insert");
            assertEquals(0, stored());
            request.complete();
            assertEquals(0, stored(), "even a completed rollback-only scope commits nothing");
        }
        assertEquals(0, stored());
        assertEquals(0, db.poolStats().active());
    }

    @Test
    void withSessionWorksOutsideRequests() {
        Author inserted = db.withSession(s -> s.insert(new Author(null, "background")));
        assertEquals("background", inserted.name());
        assertEquals(1, stored());
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Commit, rollback, blocks and savepoints, forceRollback: checked with a second connection. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class TransactionTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;

    @BeforeEach
    void setUp() {
        db = TestDatabases.database(server);
        TestDatabases.clean(server);
    }

    private long stored() {
        return TestDatabases.committedRows(server, "rt_authors");
    }

    private List<String> names(Session s) {
        return s.findAll(Author.class).stream().map(Author::name).toList();
    }

    @Test
    void workIsInvisibleToOthersUntilCommit() {
        try (OpenSession s = db.openSession()) {
            s.insert(new Author(null, "a"));
            assertEquals(0, stored());
            assertEquals(List.of("a"), names(s), "the session sees its own work");
            s.commit();
            assertEquals(1, stored());
        }
        assertEquals(1, stored());
    }

    @Test
    void rollbackUndoesWhatCameAfterTheLastCommitAndTheSessionGoesOn() {
        try (OpenSession s = db.openSession()) {
            s.insert(new Author(null, "kept"));
            s.commit();
            s.insert(new Author(null, "undone"));
            s.rollback();
            assertEquals(List.of("kept"), names(s));
            s.insert(new Author(null, "later"));
            s.commit();
        }
        assertEquals(2, stored());
    }

    @Test
    void closingWithoutCommitRollsBack() {
        try (OpenSession s = db.openSession()) {
            s.insert(new Author(null, "a"));
        }
        assertEquals(0, stored());
    }

    @Test
    void aBlockNeverCommitsTheUnitOfWorkDoes() {
        try (OpenSession s = db.openSession()) {
            s.insert(new Author(null, "before"));
            Author a = s.transaction(() -> s.insert(new Author(null, "a")));
            assertEquals("a", a.name());
            assertEquals(0, stored(), "a block returning with no block around it commits nothing, not even earlier work");
            assertEquals(List.of("before", "a"), names(s));
            s.commit();
            assertEquals(2, stored());
        }
    }

    @Test
    void aBlockReturningDoesNotCommitWhatALaterFailureRollsBack() {
        try (OpenSession s = db.openSession()) {
            s.inTransaction(() -> s.insert(new Author(null, "a")));
            s.insert(new Author(null, "b"));
            // the session closes without commit, as a failed request does
        }
        assertEquals(0, stored());
    }

    @Test
    void aFailingBlockUndoesItsWork() {
        try (OpenSession s = db.openSession()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                s.insert(new Author(null, "a"));
                throw new IllegalStateException("boom");
            }));
            assertEquals("boom", e.getMessage());
            assertEquals(List.of(), names(s));
        }
        assertEquals(0, stored());
    }

    @Test
    void aNestedBlockIsASavepoint() {
        try (OpenSession s = db.openSession()) {
            s.inTransaction(() -> {
                s.insert(new Author(null, "outer-1"));
                assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                    s.insert(new Author(null, "inner"));
                    throw new IllegalStateException("inner fails");
                }));
                s.inTransaction(() -> s.insert(new Author(null, "inner-ok")));
                assertEquals(0, stored(), "nested blocks do not commit");
                s.insert(new Author(null, "outer-2"));
            });
            assertEquals(List.of("outer-1", "inner-ok", "outer-2"), names(s));
            assertEquals(0, stored(), "blocks do not commit");
            s.commit();
        }
        assertEquals(3, stored());
    }

    @Test
    void anOuterFailureUndoesNestedBlocksThatSucceeded() {
        try (OpenSession s = db.openSession()) {
            assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                s.inTransaction(() -> s.insert(new Author(null, "nested")));
                throw new IllegalStateException("outer fails");
            }));
        }
        assertEquals(0, stored());
    }

    @Test
    void aFailedStatementInANestedBlockLeavesTheTransactionUsable() {
        // PostgreSQL aborts the whole transaction on an error unless a savepoint catches it
        try (OpenSession s = db.openSession()) {
            s.inTransaction(() -> {
                long author = s.insert(new Author(null, "a")).id();
                s.insert(new Book(null, "first", author, 2000, "same", null));
                assertThrows(DataConflictException.class,
                        () -> s.inTransaction(() -> s.insert(new Book(null, "dup", author, 2001, "same", null))));
                s.insert(new Book(null, "second", author, 2002, "other", null));
            });
            s.commit();
        }
        assertEquals(2, TestDatabases.committedRows(server, "rt_books"));
    }

    @Test
    void checkedExceptionsPassThroughBlocks() {
        try (OpenSession s = db.openSession()) {
            IOException e = assertThrows(IOException.class, () -> s.transaction(() -> {
                s.insert(new Author(null, "a"));
                throw new IOException("disk");
            }));
            assertEquals("disk", e.getMessage());
        }
        assertEquals(0, stored());
    }

    @Test
    void commitAndRollbackAreRefusedInsideABlock() {
        try (OpenSession s = db.openSession()) {
            IllegalStateException commit = assertThrows(IllegalStateException.class, () -> s.inTransaction(s::commit));
            assertTrue(commit.getMessage().contains("inside a transaction block"), commit.getMessage());
            IllegalStateException rollback = assertThrows(IllegalStateException.class, () -> s.inTransaction(s::rollback));
            assertTrue(rollback.getMessage().contains("inside a transaction block"), rollback.getMessage());
        }
    }

    @Test
    void withSessionCommitsOnceAtItsEndAndABlockInsideItDoesNot() {
        assertThrows(IllegalStateException.class, () -> db.withSession(s -> {
            s.insert(new Author(null, "a"));
            s.inTransaction(() -> s.insert(new Author(null, "b")));
            assertEquals(0, stored(), "the block did not commit a");
            throw new IllegalStateException("the unit of work fails after its block returned");
        }));
        assertEquals(0, stored());
    }

    @Test
    void aClosedSessionRefusesWork() {
        OpenSession s = db.openSession();
        s.close();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> s.findAll(Author.class));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test
    void forceRollbackUndoesEverythingEvenCommits() {
        try (OpenSession s = db.openSession(true)) {
            s.insert(new Author(null, "a"));
            s.commit();
            s.inTransaction(() -> s.insert(new Author(null, "b")));
            s.commit();
            assertEquals(0, stored(), "nothing reaches the database");
            s.insert(new Author(null, "c"));
            s.rollback();
            assertEquals(List.of("a", "b"), names(s), "rollback returns to the last commit");
            assertThrows(IllegalStateException.class, () -> s.inTransaction(() -> {
                s.insert(new Author(null, "d"));
                throw new IllegalStateException("x");
            }));
            assertEquals(List.of("a", "b"), names(s));
        }
        assertEquals(0, stored());
    }

    @Test
    void eachTransactionThatRanIsCountedOnceAsCommitOrRollbackForTheMetrics() {
        TransactionCounts counts = db.transactionCounts();
        long commits = counts.commits();
        long rollbacks = counts.rollbacks();
        try (OpenSession s = db.openSession()) {
            s.insert(new Author(null, "committed"));
            s.commit();
            s.commit(); // nothing ran since the last commit: no second transaction
            s.insert(new Author(null, "rolled back"));
            s.rollback();
            s.rollback();
            s.insert(new Author(null, "closed without commit"));
        }
        assertEquals(commits + 1, counts.commits());
        assertEquals(rollbacks + 2, counts.rollbacks(), "an explicit rollback, and the close of a session with work left");
        db.withSession(s -> s.insert(new Author(null, "withSession")));
        assertThrows(IllegalStateException.class, () -> db.withSession(s -> {
            s.insert(new Author(null, "thrown"));
            throw new IllegalStateException("x");
        }));
        assertEquals(commits + 2, counts.commits());
        assertEquals(rollbacks + 3, counts.rollbacks());
        try (OpenSession s = db.openSession(true)) {
            s.insert(new Author(null, "forced"));
            s.commit();
            s.insert(new Author(null, "forced too"));
            s.rollback();
        }
        assertEquals(commits + 2, counts.commits(), "forceRollback commits only set savepoints");
        assertEquals(rollbacks + 3, counts.rollbacks());
    }

    @Test
    void forceRollbackFromConfigurationAppliesToWithSession() {
        try (ApplicationDatabase forced = TestDatabases.separate(server, Map.of("db.force-rollback", "true"))) {
            assertTrue(forced.config().forceRollback());
            forced.withSession(s -> s.insert(new Author(null, "a")));
            assertEquals(0, stored());
        }
    }

    @Test
    void withSessionCommitsOnReturnAndRollsBackOnThrow() {
        db.withSession(s -> s.insert(new Author(null, "a")));
        assertEquals(1, stored());
        assertThrows(IllegalStateException.class, () -> db.withSession(s -> {
            s.insert(new Author(null, "b"));
            throw new IllegalStateException("x");
        }));
        assertEquals(1, stored());
    }
}

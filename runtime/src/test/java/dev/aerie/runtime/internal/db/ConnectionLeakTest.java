package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.TestEntities.Author;
import dev.aerie.runtime.internal.db.TestEntities.Book;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 10,000 requests of every kind (committing, failing in the handler, failing on a constraint,
 * reading only, never touching the database) leave no connection lent out, and exactly the
 * committing ones stored their rows.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class ConnectionLeakTest {
    private static final int REQUESTS = 10_000;

    @Parameter
    TestServer server;
    ApplicationDatabase db;

    @BeforeEach
    void setUp() {
        TestDatabases.database(server);
        TestDatabases.clean(server);
        db = TestDatabases.separate(server, Map.of("db.pool.max-size", "2"));
    }

    @Test
    void noConnectionLeaksAfterTenThousandRequests() throws Exception {
        Session session = db.requestSession();
        long author = db.withSession(s -> s.insert(new Author(null, "author")).id());
        db.withSession(s -> s.insert(new Book(null, "taken", author, 1, "taken", null)));
        int committed = 0;
        try {
            for (int i = 0; i < REQUESTS; i++) {
                int kind = i % 5;
                int n = i;
                try (RequestContext request = RequestScope.open()) {
                    switch (kind) {
                        case 0 -> { // succeeds and commits
                            session.insert(new Book(null, "book " + i, author, i, null, null));
                            request.complete();
                            committed++;
                        }
                        case 1 -> { // the handler throws after writing: only close()
                            session.insert(new Book(null, "lost " + i, author, i, null, null));
                        }
                        case 2 -> { // a constraint violation: the problem propagates, only close()
                            assertThrows(DataConflictException.class,
                                    () -> session.insert(new Book(null, "dup " + n, author, n, "taken", null)));
                        }
                        case 3 -> { // reads only, completes
                            session.find(Author.class, author).orElseThrow();
                            request.complete();
                        }
                        default -> request.complete(); // never touches the database
                    }
                }
                if (i % 1000 == 999) {
                    assertEquals(0, db.poolStats().active(), "after " + (i + 1) + " requests");
                }
            }
            assertEquals(0, db.poolStats().active());
            assertEquals(0, db.poolStats().waiting());
            assertEquals(committed + 1, TestDatabases.committedRows(server, "rt_books"));
        } finally {
            db.close();
        }
    }
}

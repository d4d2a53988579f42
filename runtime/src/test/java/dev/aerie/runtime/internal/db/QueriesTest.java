package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.RowNotFoundException;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.queries.NoteBoard;
import dev.aerie.runtime.internal.db.queries.NoteModule;
import dev.aerie.runtime.internal.db.queries.NoteModule_OrmProvider;
import dev.aerie.runtime.internal.db.queries.NoteQueries;
import dev.aerie.runtime.internal.db.queries.NoteQueries_Queries;
import dev.aerie.runtime.internal.db.queries.NoteStars;
import dev.aerie.runtime.internal.db.queries.NoteStars_Mapping;
import dev.aerie.runtime.internal.db.queries.QryNote;
import dev.aerie.runtime.internal.db.queries.QryNote_Table;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated implementation of a {@code @Queries} interface, every result shape, on each database and backend. */
class QueriesTest {
    private static final Schema SCHEMA = new Schema(List.of(QryNote_Table.INSTANCE), List.of(NoteStars_Mapping.INSTANCE),
            Ddl.resources(QueriesTest.class.getClassLoader()));

    @ParameterizedTest
    @EnumSource(TestServer.class)
    void everyResultShapeRuns(TestServer server) {
        TestDatabases.requireReachable(server);
        try (ApplicationDatabase database = ApplicationDatabase.create(TestDatabases.config(server, Map.of()), SCHEMA)) {
            database.dropAll();
            database.createAll();
            try {
                run(database);
            } finally {
                database.dropAll();
            }
        }
    }

    private static void run(ApplicationDatabase database) {
        database.withSession(session -> {
            NoteQueries notes = NoteQueries_Queries.create(session);
            assertEquals(1, notes.add("alpha", 5, "x"), "update count of the insert");
            notes.add("beta", 2, "x");
            notes.add("gamma", 4, null);
            assertEquals(3L, notes.count());
            QryNote alpha = notes.byTitle("alpha").orElseThrow();
            assertEquals(new QryNote(alpha.id(), "alpha", 5, "x"), alpha);
            assertEquals(Optional.empty(), notes.byTitle("nope"));
            assertEquals(alpha, notes.one("alpha"));
            RowNotFoundException missing = assertThrows(RowNotFoundException.class, () -> notes.one("nope"));
            assertTrue(missing.getMessage().contains("NoteQueries.one found no row"), missing.getMessage());
            assertEquals(List.of("alpha", "gamma"), notes.atLeast(4).stream().map(QryNote::title).toList());
            long gamma = notes.byTitle("gamma").orElseThrow().id();
            assertEquals(List.of(new NoteStars("alpha", 5), new NoteStars("gamma", 4)), notes.starsOf(List.of(alpha.id(), gamma)),
                    "a list parameter expands to one parameter per element");
            assertEquals(List.of(), notes.starsOf(List.of()));
            assertEquals(List.of("alpha", "beta"), notes.titlesTagged("x"));
            assertEquals(Optional.of(5), notes.bestTagged("x"));
            assertEquals(Optional.empty(), notes.bestTagged("none"), "MAX of no rows is NULL");
            assertEquals(2L, notes.starTagged("x"));
            try (ResultStream<QryNote> all = notes.all()) {
                assertEquals(List.of(6, 3, 4), all.stream().map(QryNote::stars).toList());
            }
            notes.clear();
            assertEquals(0L, notes.count());
            return null;
        });
    }

    @Test
    void theInterfaceIsInjectedAndRunsInTheRequestSession() throws Exception {
        System.setProperty("db.url", "jdbc:h2:mem:aerie_queries;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        try (Container container = Aerie.create(NoteModule.class)) {
            NoteModule_OrmProvider orm = container.get(NoteModule_OrmProvider.class);
            orm.dropAll();
            orm.createAll();
            NoteBoard board = container.get(NoteBoard.class);
            try (RequestContext request = RequestScope.open()) {
                assertEquals(1L, board.post("first"));
                // not completed: the handler threw, the request's work is rolled back
            }
            try (RequestContext request = RequestScope.open()) {
                assertEquals(1L, board.post("second"), "the first request's row was rolled back with its session");
                request.complete();
            }
            long stored = orm.withSession(s -> NoteQueries_Queries.create(s).count());
            assertEquals(1L, stored);
            orm.dropAll();
        } finally {
            System.clearProperty("db.url");
        }
    }
}

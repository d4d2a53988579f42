package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.db.app.ShelfModule;
import dev.aerie.runtime.internal.db.app.ShelfModule_OrmProvider;
import dev.aerie.runtime.internal.db.app.ShelfService;
import dev.aerie.runtime.internal.db.schema.DdlAuthor;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated OrmProvider inside a generated container: bindings, request-bound session, DDL, close. */
class OrmProviderTest {
    private static final String URL = "jdbc:h2:mem:aerie_orm_provider;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";

    @BeforeEach
    void configure() {
        System.setProperty("db.url", URL);
    }

    @AfterEach
    void unconfigure() {
        System.clearProperty("db.url");
    }

    @Test
    void servicesReachTheRequestSessionThroughTheGeneratedBindings() throws Exception {
        ShelfModule_OrmProvider orm;
        try (Container container = Aerie.create(ShelfModule.class)) {
            orm = container.get(ShelfModule_OrmProvider.class);
            assertSame(orm.database(), container.get(dev.aerie.api.db.Database.class), "Database is bound to the provider's");
            ApplicationDatabase database = ApplicationDatabase.of(orm.database());
            assertSame(database.requestSession(), container.get(Session.class), "Session is the request-bound one");
            assertEquals(URL, database.config().url(), "configured from the db.url key");
            assertTrue(orm.script("postgresql").orElseThrow().contains("CREATE TABLE IF NOT EXISTS \"ddl_author\""), orm.script("postgresql").orElseThrow());
            orm.dropAll();
            orm.createAll();

            ShelfService shelf = container.get(ShelfService.class);
            long id;
            try (RequestContext request = RequestScope.open()) {
                id = shelf.add("Ursula K. Le Guin").id();
                request.complete();
            }
            try (RequestContext request = RequestScope.open()) {
                assertEquals("Ursula K. Le Guin", shelf.byId(id).map(DdlAuthor::name).orElseThrow(), "committed by the first request");
                request.complete();
            }
            RuntimeException outside = assertThrows(RuntimeException.class, () -> shelf.add("no request"));
            assertTrue(outside.getMessage().contains("withSession"), outside.getMessage());
            assertEquals(1L, orm.withSession(s -> s.fetchVal(Long.class, "SELECT COUNT(*) FROM ddl_author")).orElseThrow(),
                    "withSession works outside requests; nothing from the failed call was written");
            orm.dropAll();
        }
        RuntimeException closed = assertThrows(RuntimeException.class, () -> orm.withSession(s -> s.findAll(DdlAuthor.class)),
                "closing the container closes the pool");
        assertTrue(String.valueOf(closed.getMessage()).contains("closed"), closed.getMessage());
    }
}

package dev.aerie.test.docs.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.test.docs.persistence.LibraryModule_OrmProvider;
import org.junit.jupiter.api.Test;

/** Runs the entities.md timestamp sample on a fresh in-memory H2 database. */
class PostSamplesTest {

    @Test
    void insertSetsBothAndUpdateMovesUpdatedAtOnly() throws InterruptedException {
        try (Database database = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:docs-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"), LibraryModule_OrmProvider.SCHEMA)) {
            database.createAll();
            PostSamples.Written w = database.withSession(PostSamples::insertThenUpdate);
            assertNotNull(w.inserted().createdAt());
            assertEquals(w.inserted().createdAt(), w.inserted().updatedAt());
            assertEquals(w.inserted().createdAt(), w.updated().createdAt());
            assertTrue(!w.updated().updatedAt().isBefore(w.inserted().updatedAt()));
            Post read = database.withSession(s -> s.find(Post.class, w.inserted().id())).orElseThrow();
            assertEquals(w.updated(), read, "what update returned is what is stored");
        }
    }
}

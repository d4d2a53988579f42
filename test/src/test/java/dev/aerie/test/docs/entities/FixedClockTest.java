package dev.aerie.test.docs.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.aerie.api.db.Session;
import dev.aerie.test.AerieTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** entities.md: the application's java.time.Clock binding gives the time of @CreatedAt and @UpdatedAt. */
@AerieTest(FixedClockModule.class)
class FixedClockTest {

    @Test
    void insertAndUpdateTakeTheTimeFromTheBoundClock(Session db) {
        Instant noon = FixedClockModule.NOON.truncatedTo(ChronoUnit.MILLIS);
        Post inserted = db.insert(new Post(null, "Hello", null, null));
        assertEquals(noon, inserted.createdAt());
        assertEquals(noon, inserted.updatedAt());
        Post updated = db.update(new Post(inserted.id(), "Hello again", Instant.EPOCH, null));
        assertEquals(noon, updated.updatedAt());
        assertEquals(Instant.EPOCH, updated.createdAt(), "update writes @CreatedAt as given");
        assertEquals(updated, db.find(Post.class, inserted.id()).orElseThrow());
    }
}

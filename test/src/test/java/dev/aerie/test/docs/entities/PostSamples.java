package dev.aerie.test.docs.entities;

import dev.aerie.api.db.Session;

/** The entities.md timestamp sample, compiled. */
final class PostSamples {
    record Written(Post inserted, Post updated) {}

    static Written insertThenUpdate(Session db) {
        // snippet:timestamps-use
        Post a = db.insert(new Post(null, "Hello", null, null));   // both set, to one time
        Post b = db.update(new Post(a.id(), "Hello again", a.createdAt(), a.updatedAt()));
        // b.updatedAt() is later; b.createdAt() is a.createdAt()
        // end::timestamps-use
        return new Written(a, b);
    }
}

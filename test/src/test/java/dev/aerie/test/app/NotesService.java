package dev.aerie.test.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Database;
import dev.aerie.api.db.Session;

@Injectable
public final class NotesService {
    private final Session db;
    private final Database database;

    NotesService(Session db, Database database) {
        this.db = db;
        this.database = database;
    }

    /** Inserts and commits at once: durable in production, whatever the request does later. */
    public Note addAndCommit(String text) {
        Note note = db.insert(new Note(null, text));
        db.commit();
        return note;
    }

    public Note addInTransaction(String text) {
        return db.transaction(() -> db.insert(new Note(null, text)));
    }

    /** Background-style work: a session of its own, committed when the lambda returns. */
    public Note addInBackground(String text) {
        return database.withSession(session -> session.insert(new Note(null, text)));
    }

    /** Background-style work that fails after writing: withSession rolls its work back. */
    public void failInBackground(String text) {
        database.withSession(session -> {
            session.insert(new Note(null, text));
            throw new IllegalStateException("the background work failed after writing");
        });
    }

    public Note add(String text) {
        return db.insert(new Note(null, text));
    }

    public long count() {
        return db.query(Note.class).count();
    }
}

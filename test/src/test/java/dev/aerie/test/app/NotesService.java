package dev.aerie.test.app;

import dev.aerie.api.Injectable;
import dev.aerie.api.db.Session;

@Injectable
public final class NotesService {
    private final Session db;

    NotesService(Session db) {
        this.db = db;
    }

    public Note add(String text) {
        return db.insert(new Note(null, text));
    }

    public long count() {
        return db.query(Note.class).count();
    }
}

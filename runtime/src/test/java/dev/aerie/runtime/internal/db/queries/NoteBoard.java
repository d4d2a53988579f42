package dev.aerie.runtime.internal.db.queries;

import dev.aerie.api.Injectable;
import jakarta.inject.Inject;

/** A service that injects the generated queries like any other dependency. */
@Injectable
public final class NoteBoard {
    private final NoteQueries notes;

    @Inject
    public NoteBoard(NoteQueries notes) {
        this.notes = notes;
    }

    public long post(String title) {
        notes.add(title, 3, null);
        return notes.count();
    }
}

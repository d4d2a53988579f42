package dev.aerie.runtime.internal.db.queries;

import dev.aerie.api.Module;

/** An application whose only database use is a @Queries interface. */
@Module(providers = NoteBoard.class)
public final class NoteModule {}

package dev.aerie.runtime.internal.db.queries;

import dev.aerie.api.db.Projection;

/** A projection: the {@code title} and {@code stars} columns of a note. */
@Projection
public record NoteStars(String title, int stars) {}

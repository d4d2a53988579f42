package dev.aerie.runtime.internal.db.queries;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.runtime.internal.db.schema.Nullable;

/** A row of {@code qry_notes}, read and written only through {@link NoteQueries}. */
@Entity(table = "qry_notes")
public record QryNote(@Id @GeneratedValue Long id, @Column(length = 100) String title, int stars,
                      @Nullable String tag) {}

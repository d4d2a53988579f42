package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.OnDelete;
import dev.aerie.api.db.References;

/** A self-referencing many-to-many: {@code followerId} follows {@code followeeId}; deleting either user deletes the row. */
@Entity(table = "rel_follows")
public record RelFollow(@Id @References(value = RelUser.class, onDelete = OnDelete.CASCADE) long followerId,
                        @Id @References(value = RelUser.class, onDelete = OnDelete.CASCADE) long followeeId) {}

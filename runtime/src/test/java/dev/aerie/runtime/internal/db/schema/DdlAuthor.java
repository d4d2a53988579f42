package dev.aerie.runtime.internal.db.schema;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** Referenced by {@link DdlEdition}; has a generated id and a unique column. */
@Entity(table = "ddl_author")
public record DdlAuthor(@Id @GeneratedValue Long id, @Column(length = 120, unique = true) String name) {}

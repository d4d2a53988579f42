package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** A tag; one that articles still carry cannot be deleted ({@link RelArticleTag} restricts it). */
@Entity(table = "rel_tags")
public record RelTag(@Id @GeneratedValue Long id, @Column(length = 40, unique = true) String name) {}

package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** A user; users follow users through {@link RelFollow}. */
@Entity(table = "rel_users")
public record RelUser(@Id @GeneratedValue Long id, @Column(length = 40, unique = true) String name) {}

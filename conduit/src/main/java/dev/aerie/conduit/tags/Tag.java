package dev.aerie.conduit.tags;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** A tag name, stored once however many articles carry it. */
@Entity(table = "tags")
public record Tag(@Id @GeneratedValue Long id, @Column(length = 100, unique = true) String name) {}

package dev.aerie.test.docs.entities;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** The table the entities.md sample's books refer to. */
@Entity(table = "authors")
public record Author(@Id @GeneratedValue Long id, String name) {}

package dev.aerie.test.docs.persistence;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** An author of the persistence.md samples. */
@Entity(table = "writers")
public record Author(@Id @GeneratedValue Long id, String name) {}

package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

@Entity(table = "e2e_writers")
public record Writer(@Id @GeneratedValue Long id, @Column(unique = true, length = 100) String name) {}

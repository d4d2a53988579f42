package dev.aerie.test.docs.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

@Entity(table = "tags")
public record Tag(@Id @GeneratedValue Long id, @Column(length = 40, unique = true) String name) {}

package dev.aerie.test.docs.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

@Entity(table = "users")
public record User(@Id @GeneratedValue Long id, @Column(length = 40, unique = true) String name) {}

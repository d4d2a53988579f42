package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;

@Entity(table = "e2e_works")
public record Work(@Id @GeneratedValue Long id, String title, @References(Writer.class) long writerId) {}

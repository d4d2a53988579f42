package dev.aerie.test.app;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

@Entity(table = "test_notes")
public record Note(@Id @GeneratedValue Long id, String text) {}

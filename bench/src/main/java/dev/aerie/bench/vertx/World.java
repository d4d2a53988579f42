package dev.aerie.bench.vertx;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;

/** A row of the benchmark table, as in TechEmpower's "single query" and "multiple queries" tests. */
@Entity(table = "vertx_world")
public record World(@Id long id, int randomNumber) {}

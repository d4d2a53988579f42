package dev.aerie.bench.db;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;

/** A row of {@code bench_items} (see {@link BenchTable}), the entity of the DB benchmark's Aerie side. */
@Entity(table = "bench_items")
public record BenchItem(@Id long id, String name, int quantity, boolean available) {}

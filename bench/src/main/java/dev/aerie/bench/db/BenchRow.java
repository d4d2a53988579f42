package dev.aerie.bench.db;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

/** The row both servers read by id. */
@Entity(table = "bench_books")
public record BenchRow(@Id @GeneratedValue Long id, String title, String author, int year) {

    /** The response body both servers send, written the same way so that only the path to the row differs. */
    String json() {
        return "{\"id\":" + id + ",\"title\":\"" + title + "\",\"author\":\"" + author + "\",\"year\":" + year + "}";
    }
}

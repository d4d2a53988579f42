package dev.aerie.example.authors;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;

// snippet:entity
/** A row of table {@code authors}, and the JSON {@code {"id", "name"}} the API answers with. */
@Entity(table = "authors")
public record Author(@Id @GeneratedValue Long id, @Column(length = 200) String name) {}
// end::entity

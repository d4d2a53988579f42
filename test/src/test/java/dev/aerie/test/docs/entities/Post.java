package dev.aerie.test.docs.entities;

import dev.aerie.api.db.CreatedAt;
import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.UpdatedAt;
import java.time.Instant;

// snippet:timestamps
@Entity(table = "posts")
public record Post(@Id @GeneratedValue Long id, String title,
                   @CreatedAt Instant createdAt,
                   @UpdatedAt Instant updatedAt) {}
// end::timestamps

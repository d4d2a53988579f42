package dev.aerie.test.docs.relations;

import static dev.aerie.api.db.OnDelete.SET_NULL;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.GeneratedValue;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;
import org.jspecify.annotations.Nullable;

// snippet:article
@Entity(table = "articles")
public record Article(@Id @GeneratedValue Long id,
                      String title,
                      @Nullable @References(value = User.class, onDelete = SET_NULL) Long authorId,
                      int favorites) {}
// end::article

package dev.aerie.test.docs.relations;

import static dev.aerie.api.db.OnDelete.CASCADE;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.References;

/** A user's favorite article, at most once per pair. */
@Entity(table = "favorites")
public record Favorite(@Id @References(value = User.class, onDelete = CASCADE) long userId,
                       @Id @References(value = Article.class, onDelete = CASCADE) long articleId) {}

package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Entity;
import dev.aerie.api.db.Id;
import dev.aerie.api.db.OnDelete;
import dev.aerie.api.db.References;

/** A user's favorite article: at most one per pair, so favoriting twice is a no-op. */
@Entity(table = "rel_favorites")
public record RelFavorite(@Id @References(value = RelUser.class, onDelete = OnDelete.CASCADE) long userId,
                          @Id @References(value = RelArticle.class, onDelete = OnDelete.CASCADE) long articleId) {}

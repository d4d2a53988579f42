package dev.aerie.runtime.internal.db.relations;

import dev.aerie.api.db.Projection;
import org.jspecify.annotations.Nullable;

/** An article and, through a left join on a user's favorite, that user's id (NULL when not favorited). */
@Projection(from = {RelArticle.class, RelFavorite.class})
public record RelArticleFavorite(long id, String title, int favorites, @Nullable Long userId) {}

package dev.aerie.test.docs.relations;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Projection;
import org.jspecify.annotations.Nullable;

// snippet:article-card
/** An article with its author's name and whether a given user favorited it, read by one join. */
@Projection(from = {Article.class, User.class, Favorite.class})
public record ArticleCard(long id, String title,
                          @Column(name = "name") @Nullable String author,      // users.name
                          @Nullable Long userId) {}                            // favorites.user_id, NULL when not favorited
// end::article-card

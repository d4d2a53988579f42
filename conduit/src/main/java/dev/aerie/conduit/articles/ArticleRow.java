package dev.aerie.conduit.articles;

import dev.aerie.api.db.Projection;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A row of {@link ArticleQueries#bySlug}: the article, its author's profile columns, and the
 * viewer's follow of the author and favorite of the article (null when there is none).
 */
@Projection
public record ArticleRow(long id, String slug, String title, String description, String body, int favoritesCount,
                  Instant createdAt, Instant updatedAt, String username, @Nullable String bio, @Nullable String image,
                  @Nullable Long followerId, @Nullable Long favoritedBy) {}

package dev.aerie.conduit.articles;

import dev.aerie.api.db.Column;
import dev.aerie.api.db.Projection;
import dev.aerie.conduit.profiles.Follow;
import dev.aerie.conduit.users.User;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One article as the API shows it, read by one typed join (see {@code ArticlesService.row}): the
 * article, its author's profile columns, and the viewer's follow of the author and favorite of the
 * article (null when there is none).
 */
@Projection(from = {Article.class, User.class, Follow.class, Favorite.class})
public record ArticleRow(long id, String slug, String title, String description, String body, int favoritesCount,
                  Instant createdAt, Instant updatedAt, String username, @Nullable String bio, @Nullable String image,
                  @Nullable Long followerId, @Column(name = "user_id") @Nullable Long favoritedBy) {}

package dev.aerie.conduit.articles;

import dev.aerie.api.db.Queries;
import dev.aerie.api.db.Sql;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One article as the API shows it, read in one joined statement instead of the article, its
 * author, the follow and the favorite one by one. Checked against the entities at compile time;
 * plain SQL that H2 and PostgreSQL both run (on both backends).
 */
@Queries
public interface ArticleQueries {
    /**
     * The article with this slug, its author, and whether {@code viewer} follows the author and
     * favorited the article (a null viewer matches no follow and no favorite).
     */
    @Sql("SELECT a.id, a.slug, a.title, a.description, a.body, a.favorites_count, a.created_at, a.updated_at,"
            + " u.username, u.bio, u.image, f.follower_id, v.user_id AS favorited_by"
            + " FROM articles a JOIN users u ON u.id = a.author_id"
            + " LEFT JOIN follows f ON f.followee_id = a.author_id AND f.follower_id = :viewer"
            + " LEFT JOIN favorites v ON v.article_id = a.id AND v.user_id = :viewer"
            + " WHERE a.slug = :slug")
    Optional<ArticleRow> bySlug(String slug, @Nullable Long viewer);
}

package blog;

import dev.aerie.api.db.ColumnRef;
import dev.aerie.api.db.ForeignKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link Article}, for typed queries.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class Article_ {
    /**
     * Column {@code id}.
     */
    public static final ColumnRef<Article, Long> id = ColumnRef.of(Article.class, "id");

    /**
     * Column {@code title}.
     */
    public static final ColumnRef<Article, String> title = ColumnRef.of(Article.class, "title");

    /**
     * Column {@code author_id}, a foreign key to {@link User}: a query joins along it with {@code join(Article_.authorId)}.
     */
    public static final ForeignKey<Article, Long, User> authorId = ForeignKey.of(Article.class, "author_id", User.class);

    /**
     * Column {@code created_at}.
     */
    public static final ColumnRef<Article, Instant> createdAt = ColumnRef.of(Article.class, "created_at");

    /**
     * Column {@code updated_at}.
     */
    public static final ColumnRef<Article, OffsetDateTime> updatedAt = ColumnRef.of(Article.class, "updated_at");

    private Article_() {
    }
}

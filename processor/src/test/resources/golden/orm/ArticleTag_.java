package blog;

import dev.aerie.api.db.ForeignKey;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link ArticleTag}, for typed queries.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class ArticleTag_ {
    /**
     * Column {@code article_id}, a foreign key to {@link Article}: a query joins along it with {@code join(ArticleTag_.articleId)}.
     */
    public static final ForeignKey<ArticleTag, Long, Article> articleId = ForeignKey.of(ArticleTag.class, "article_id", Article.class);

    /**
     * Column {@code tag_id}, a foreign key to {@link Tag}: a query joins along it with {@code join(ArticleTag_.tagId)}.
     */
    public static final ForeignKey<ArticleTag, Long, Tag> tagId = ForeignKey.of(ArticleTag.class, "tag_id", Tag.class);

    private ArticleTag_() {
    }

    /**
     * The key of one row, for {@code find} and {@code deleteById}.
     */
    public static List<Object> key(long articleId, long tagId) {
        return List.of(articleId, tagId);
    }
}

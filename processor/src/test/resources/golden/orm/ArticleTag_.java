package blog;

import dev.aerie.api.db.ColumnRef;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The columns of {@link ArticleTag}, for typed queries.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class ArticleTag_ {
    /**
     * Column {@code article_id}.
     */
    public static final ColumnRef<ArticleTag, Long> articleId = ColumnRef.of(ArticleTag.class, "article_id");

    /**
     * Column {@code tag_id}.
     */
    public static final ColumnRef<ArticleTag, Long> tagId = ColumnRef.of(ArticleTag.class, "tag_id");

    private ArticleTag_() {
    }

    /**
     * The key of one row, for {@code find} and {@code deleteById}.
     */
    public static List<Object> key(long articleId, long tagId) {
        return List.of(articleId, tagId);
    }
}

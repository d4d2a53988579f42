package blog;

import dev.aerie.runtime.internal.db.ColumnReader;
import dev.aerie.runtime.internal.db.JoinMapping;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Maps a result row to {@link ArticleWithAuthor} by column label; a join query selects each component's
 * column of its entity ({@link #sources()}).
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class ArticleWithAuthor_Mapping implements JoinMapping<ArticleWithAuthor> {
    /**
     * The only instance; it holds no state.
     */
    public static final ArticleWithAuthor_Mapping INSTANCE = new ArticleWithAuthor_Mapping();

    private static final List<String> COLUMN_NAMES = List.of("id", "title", "author_id", "name");

    private static final List<JoinMapping.Source> SOURCES = List.of(
            new JoinMapping.Source(Article.class, "id"),
            new JoinMapping.Source(Article.class, "title"),
            new JoinMapping.Source(Article.class, "author_id"),
            new JoinMapping.Source(User.class, "name"));

    private ArticleWithAuthor_Mapping() {
    }

    @Override
    public Class<ArticleWithAuthor> type() {
        return ArticleWithAuthor.class;
    }

    @Override
    public List<String> columnNames() {
        return COLUMN_NAMES;
    }

    @Override
    public ArticleWithAuthor read(ColumnReader row) {
        return new ArticleWithAuthor(
                row.getLong(0),
                row.getString(1),
                row.getLong(2),
                row.getString(3));
    }

    @Override
    public List<JoinMapping.Source> sources() {
        return SOURCES;
    }
}

package blog;

import dev.aerie.api.db.ResultStream;
import dev.aerie.api.db.Row;
import dev.aerie.api.db.RowNotFoundException;
import dev.aerie.api.db.Session;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The generated implementation of {@link ArticleQueries}: each method runs its @Sql statement in the
 * request's session.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class ArticleQueries_Queries implements ArticleQueries {
    private final Session session;

    private ArticleQueries_Queries(Session session) {
        this.session = session;
    }

    /**
     * What the container calls; {@code session} is the request-bound one.
     */
    public static ArticleQueries create(Session session) {
        return new ArticleQueries_Queries(session);
    }

    @Override
    public Optional<Article> bySlug(String slug) {
        Map<String, Object> params = new HashMap<>();
        params.put("slug", slug);
        return session.fetchOne(Article.class, "SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles WHERE slug = :slug", params);
    }

    @Override
    public Article byId(long id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        return session.fetchOne(Article.class, "SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles WHERE id = :id", params).orElseThrow(() -> new RowNotFoundException("ArticleQueries.byId found no row.", Map.of()));
    }

    @Override
    public List<TitleCount> commentCounts(List<Long> authors) {
        Map<String, Object> params = new HashMap<>();
        params.put("authors", authors);
        return session.fetchAll(TitleCount.class, "SELECT a.title, COUNT(*) AS count FROM articles a JOIN comments c ON c.article_id = a.id WHERE a.author_id IN (:authors) GROUP BY a.title", params);
    }

    @Override
    public List<String> slugs() {
        Map<String, Object> params = Map.of();
        return session.fetchAll("SELECT slug FROM articles ORDER BY created_at DESC", params).stream()
                .map((Row row) -> row.get(row.columns().get(0), String.class).orElse(null))
                .toList();
    }

    @Override
    public int countBy(long authorId) {
        Map<String, Object> params = new HashMap<>();
        params.put("authorId", authorId);
        return session.fetchVal(Integer.class, "SELECT COUNT(*) FROM articles WHERE author_id = :authorId", params).orElseThrow(() -> new RowNotFoundException("ArticleQueries.countBy found no row.", Map.of()));
    }

    @Override
    public Optional<Integer> mostFavorited() {
        Map<String, Object> params = Map.of();
        return session.fetchVal(Integer.class, "SELECT MAX(favorites_count) FROM articles", params);
    }

    @Override
    public ResultStream<Article> all() {
        Map<String, Object> params = Map.of();
        return session.iterate(Article.class, "SELECT id, slug, title, body, author_id, created_at, favorites_count FROM articles ORDER BY id", params);
    }

    @Override
    public int favorite(String slug) {
        Map<String, Object> params = new HashMap<>();
        params.put("slug", slug);
        return session.execute("UPDATE articles SET favorites_count = favorites_count + 1 WHERE slug = :slug", params);
    }

    @Override
    public void deleteBy(long authorId) {
        Map<String, Object> params = new HashMap<>();
        params.put("authorId", authorId);
        session.execute("DELETE FROM articles WHERE author_id = :authorId", params);
    }
}

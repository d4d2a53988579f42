package dev.aerie.api.db;

import java.util.List;
import java.util.Optional;

/**
 * A typed query over an entity's table joined to related tables along their foreign keys, read
 * into a {@link Projection @Projection(from = ...)} record by its generated reader. Obtained from
 * {@link Query#join} or {@link Query#leftJoin}; each call returns a new query:
 * <pre>{@code
 * List<ArticleWithAuthor> rows = db.query(Article.class)
 *         .join(Article_.authorId)                       // articles JOIN users ON users.id = articles.author_id
 *         .where(User_.username.eq("ann"))               // columns of every joined table
 *         .orderByDescending(Article_.createdAt)
 *         .select(ArticleWithAuthor.class).list();
 * }</pre>
 * A foreign key joins either way: when its own entity is in the query, its target is joined
 * ({@code join(Article_.authorId)} from articles joins users); when its target is in the query,
 * its own entity is ({@code leftJoin(Favorite_.articleId, ...)} from articles joins favorites).
 * Each entity appears once. Conditions and orders name columns of any table of the query, checked
 * when they are added; values are bound, never concatenated.
 */
public interface JoinQuery<T> {

    /** Inner join along {@code key}: rows without a match are left out. */
    JoinQuery<T> join(ForeignKey<?, ?, ?> key);

    /** Inner join along {@code key}, with {@code on} (a condition on the joined entity) added to the ON clause. */
    JoinQuery<T> join(ForeignKey<?, ?, ?> key, Condition<?> on);

    /** Left join along {@code key}: rows without a match are kept, the joined columns NULL. */
    JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key);

    /**
     * Left join along {@code key}, matching only rows where {@code on} (a condition on the joined
     * entity) holds: {@code leftJoin(Favorite_.articleId, Favorite_.userId.eq(me))} gives each
     * article with my favorite, or NULLs.
     */
    JoinQuery<T> leftJoin(ForeignKey<?, ?, ?> key, Condition<?> on);

    /** The condition, on columns of any table of the query, ANDed with the others. */
    JoinQuery<T> where(Condition<?> condition);

    /** Orders by {@code column} (of any table of the query) ascending, after any order given before. */
    JoinQuery<T> orderBy(ColumnRef<?, ?> column);

    /** Orders by {@code column} descending, after any order given before. */
    JoinQuery<T> orderByDescending(ColumnRef<?, ?> column);

    JoinQuery<T> limit(int limit);

    JoinQuery<T> offset(long offset);

    /** Rows of the join matching the conditions; order, limit and offset do not apply. */
    long count();

    /**
     * The rows read as {@code projection}, a {@code @Projection(from = ...)} record whose entities
     * are all in this query (checked here, before any SQL is sent).
     */
    <P> Selection<P> select(Class<P> projection);

    /** The rows of a join query as a projection record. */
    interface Selection<P> {
        List<P> list();

        Optional<P> first();

        /** The rows from {@code offset} on, at most {@code limit}, and the number of rows matching in all (two statements). */
        Page<P> page(int limit, long offset);
    }
}

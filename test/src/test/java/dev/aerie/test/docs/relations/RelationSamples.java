package dev.aerie.test.docs.relations;

import static dev.aerie.api.db.Condition.exists;
import static dev.aerie.api.db.Condition.notExists;

import dev.aerie.api.db.Page;
import dev.aerie.api.db.Session;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The relation samples of entities.md, as methods a test runs against a real database. */
final class RelationSamples {
    private final Session db;

    RelationSamples(Session db) {
        this.db = db;
    }

    record Keyed(Optional<Follow> found, long following, boolean unfollowed) {}

    Keyed compositeKeys(long ann, long bob) {
        // snippet:composite-key
        db.insert(new Follow(ann, bob));
        Optional<Follow> found = db.find(Follow.class, Follow_.key(ann, bob));   // the key's values, in key order
        long following = db.query(Follow.class).where(Follow_.followerId, ann).count();
        boolean unfollowed = db.deleteById(Follow.class, Follow_.key(ann, bob));
        // end::composite-key
        return new Keyed(found, following, unfollowed);
    }

    /** Whether this favorite is new. */
    boolean favorite(long userId, long articleId) {
        // snippet:favorite
        var article = db.query(Article.class).where(Article_.id.eq(articleId));
        article.increment(Article_.favorites, 1);              // locks the article's row first
        boolean added = db.insertIgnoringDuplicate(new Favorite(userId, articleId)).isPresent();
        if (!added) {
            article.increment(Article_.favorites, -1);         // favorited before: give the count back
        }
        // end::favorite
        return added;
    }

    record Related(List<Article> favorited, long untagged) {}

    Related favoritedBy(long userId) {
        // snippet:exists
        List<Article> favorited = db.query(Article.class)
                .where(exists(Favorite_.articleId, Article_.id, Favorite_.userId.eq(userId)))
                .orderBy(Article_.id).list();
        long untagged = db.query(Article.class).where(notExists(ArticleTag_.articleId, Article_.id)).count();
        // end::exists
        return new Related(favorited, untagged);
    }

    /** An article as a page shows it. */
    record ArticleView(String title, List<String> tags, String author, boolean favorited) {}

    List<ArticleView> page(long me, int size) {
        // snippet:preload
        Page<Article> page = db.query(Article.class).orderBy(Article_.id).page(size, 0);           // 2 statements
        List<Long> ids = page.items().stream().map(Article::id).toList();
        Map<Long, List<ArticleTag>> links = db.query(ArticleTag.class)                              // 1
                .where(ArticleTag_.articleId.in(ids)).listGroupedBy(ArticleTag_.articleId);
        List<Long> tagIds = links.values().stream().flatMap(List::stream).map(ArticleTag::tagId).distinct().toList();
        Map<Long, List<Tag>> tags = db.query(Tag.class).where(Tag_.id.in(tagIds)).listGroupedBy(Tag_.id);   // 1
        List<Long> authorIds = page.items().stream().map(Article::authorId).filter(Objects::nonNull).distinct().toList();
        Map<Long, List<User>> authors = db.query(User.class).where(User_.id.in(authorIds)).listGroupedBy(User_.id); // 1
        Map<Long, List<Favorite>> mine = db.query(Favorite.class)                                   // 1
                .where(Favorite_.userId.eq(me).and(Favorite_.articleId.in(ids))).listGroupedBy(Favorite_.articleId);
        List<ArticleView> views = page.items().stream().map(a -> new ArticleView(
                a.title(),
                links.getOrDefault(a.id(), List.of()).stream().map(l -> tags.get(l.tagId()).getFirst().name()).toList(),
                a.authorId() == null ? null : authors.get(a.authorId()).getFirst().name(),
                mine.containsKey(a.id()))).toList();
        // end::preload
        return views;
    }

    List<Tag> tagsOf(long articleId) {
        // snippet:many-to-many
        List<Object> tagIds = db.query(ArticleTag.class).where(ArticleTag_.articleId, articleId).list().stream()
                .map(at -> (Object) at.tagId())
                .toList();
        List<Tag> tags = db.findEach(Tag.class, tagIds).stream().flatMap(Optional::stream).toList();
        // end::many-to-many
        return tags;
    }

    record Joined(List<ArticleCard> cards, long withAuthor, Page<ArticleCard> page) {}

    Joined joined(long me) {
        // snippet:join
        List<ArticleCard> cards = db.query(Article.class)
                .leftJoin(Article_.authorId)                                  // users ON users.id = articles.author_id
                .leftJoin(Favorite_.articleId, Favorite_.userId.eq(me))      // favorites ON favorites.article_id = articles.id AND user_id = ?
                .where(Article_.title.ne("Xen"))                               // conditions on either table
                .where(User_.name.eq("ann").or(User_.name.isNull()))
                .orderBy(User_.name).orderBy(Article_.id)
                .select(ArticleCard.class).list();
        long withAuthor = db.query(Article.class).join(Article_.authorId).count();      // inner join: articles with an author
        Page<ArticleCard> page = db.query(Article.class).leftJoin(Article_.authorId)
                .leftJoin(Favorite_.articleId, Favorite_.userId.eq(me))
                .orderBy(Article_.id).select(ArticleCard.class).page(20, 0);
        // end::join
        return new Joined(cards, withAuthor, page);
    }
}

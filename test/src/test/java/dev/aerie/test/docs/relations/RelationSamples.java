package dev.aerie.test.docs.relations;

import dev.aerie.api.db.Session;
import java.util.List;
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

    List<Tag> tagsOf(long articleId) {
        // snippet:many-to-many
        List<Object> tagIds = db.query(ArticleTag.class).where(ArticleTag_.articleId, articleId).list().stream()
                .map(at -> (Object) at.tagId())
                .toList();
        List<Tag> tags = db.findEach(Tag.class, tagIds).stream().flatMap(Optional::stream).toList();
        // end::many-to-many
        return tags;
    }
}

package dev.aerie.test.docs.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.Database;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.db.DatabaseConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs the relation samples of entities.md on a fresh in-memory H2 database. */
class RelationSamplesTest {
    private Database database;

    @BeforeEach
    void createTables() {
        database = ApplicationDatabase.create(DatabaseConfig.of("jdbc:h2:mem:relations-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"), BlogModule_OrmProvider.SCHEMA);
        database.createAll();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCompositeKeyFindsCountsAndDeletes() {
        RelationSamples.Keyed keyed = database.withSession(db -> {
            long ann = db.insert(new User(null, "ann")).id();
            long bob = db.insert(new User(null, "bob")).id();
            return new RelationSamples(db).compositeKeys(ann, bob);
        });
        assertTrue(keyed.found().isPresent());
        assertEquals(1, keyed.following());
        assertTrue(keyed.unfollowed());
    }

    @Test
    void favoritingTwiceCountsOnce() {
        long[] ids = database.withSession(db -> {
            long ann = db.insert(new User(null, "ann")).id();
            return new long[] {ann, db.insert(new Article(null, "Dragons", ann, 0)).id()};
        });
        assertTrue(database.<Boolean, RuntimeException>withSession(db -> new RelationSamples(db).favorite(ids[0], ids[1])));
        assertEquals(false, database.withSession(db -> new RelationSamples(db).favorite(ids[0], ids[1])));
        assertEquals(1, database.withSession(db -> db.find(Article.class, ids[1])).orElseThrow().favorites());
    }

    @Test
    void existsAndAPageWithItsRelatedRows() {
        long[] ids = database.withSession(db -> {
            long ann = db.insert(new User(null, "ann")).id();
            long t = db.insert(new Tag(null, "dragons")).id();
            long a1 = db.insert(new Article(null, "One", ann, 0)).id();
            long a2 = db.insert(new Article(null, "Two", null, 0)).id();
            db.insert(new ArticleTag(a1, t));
            db.insert(new Favorite(ann, a2));
            return new long[] {ann, a1, a2};
        });
        RelationSamples.Related related = database.withSession(db -> new RelationSamples(db).favoritedBy(ids[0]));
        assertEquals(List.of("Two"), related.favorited().stream().map(Article::title).toList());
        assertEquals(1, related.untagged());
        assertEquals(List.of(new RelationSamples.ArticleView("One", List.of("dragons"), "ann", false),
                        new RelationSamples.ArticleView("Two", List.of(), null, true)),
                database.withSession(db -> new RelationSamples(db).page(ids[0], 20)));
    }

    @Test
    void aJoinIntoAProjection() {
        long[] ids = database.withSession(db -> {
            long ann = db.insert(new User(null, "ann")).id();
            long a1 = db.insert(new Article(null, "One", ann, 0)).id();
            long a2 = db.insert(new Article(null, "Two", null, 0)).id();
            long a3 = db.insert(new Article(null, "Xen", null, 0)).id();
            db.insert(new Favorite(ann, a2));
            return new long[] {ann, a1, a2, a3};
        });
        RelationSamples.Joined joined = database.withSession(db -> new RelationSamples(db).joined(ids[0]));
        // NULLs sort first on H2
        assertEquals(List.of(new ArticleCard(ids[2], "Two", null, ids[0]), new ArticleCard(ids[1], "One", "ann", null)),
                joined.cards());
        assertEquals(1, joined.withAuthor());
        assertEquals(3, joined.page().total());
        assertEquals(List.of(ids[1], ids[2], ids[3]), joined.page().items().stream().map(ArticleCard::id).toList());
    }

    @Test
    void tagsOfAnArticleAndTheCascade() {
        long article = database.withSession(db -> {
            long ann = db.insert(new User(null, "ann")).id();
            long a = db.insert(new Article(null, "Dragons", ann, 0)).id();
            for (String name : List.of("dragons", "training")) {
                db.insert(new ArticleTag(a, db.insert(new Tag(null, name)).id()));
            }
            db.insert(new Tag(null, "unused"));
            return a;
        });
        assertEquals(List.of("dragons", "training"), database.withSession(db ->
                new RelationSamples(db).tagsOf(article).stream().map(Tag::name).sorted().toList()));
        database.withSession(db -> db.deleteById(Article.class, article));
        assertEquals(List.of(), database.withSession(db -> db.findAll(ArticleTag.class)), "CASCADE removed the join rows");
        assertEquals(Optional.empty(), database.withSession(db -> db.find(Article.class, article)));
    }
}

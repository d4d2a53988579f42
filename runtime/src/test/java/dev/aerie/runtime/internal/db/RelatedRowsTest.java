package dev.aerie.runtime.internal.db;

import static dev.aerie.api.db.Condition.exists;
import static dev.aerie.api.db.Condition.notExists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.api.db.Condition;
import dev.aerie.api.db.Page;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.db.relations.RelArticle;
import dev.aerie.runtime.internal.db.relations.RelArticleTag;
import dev.aerie.runtime.internal.db.relations.RelArticleTag_;
import dev.aerie.runtime.internal.db.relations.RelArticle_;
import dev.aerie.runtime.internal.db.relations.RelFavorite;
import dev.aerie.runtime.internal.db.relations.RelFavorite_;
import dev.aerie.runtime.internal.db.relations.RelFollow;
import dev.aerie.runtime.internal.db.relations.RelFollow_;
import dev.aerie.runtime.internal.db.relations.RelTag;
import dev.aerie.runtime.internal.db.relations.RelTag_;
import dev.aerie.runtime.internal.db.relations.RelUser;
import dev.aerie.runtime.internal.db.relations.RelUser_;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * EXISTS over related entities, and related rows loaded for a whole page in a constant number
 * of statements (counted through the SQL echo), on every database and both backends.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class RelatedRowsTest {
    private static final int ARTICLES = 100;

    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long ann;
    long bob;
    long cid;
    List<Long> articles;
    List<Long> tags;

    @BeforeEach
    void setUp() {
        db = RelationsSchema.database(server);
        db.withSession(s -> {
            ann = s.insert(new RelUser(null, "ann")).id();
            bob = s.insert(new RelUser(null, "bob")).id();
            cid = s.insert(new RelUser(null, "cid")).id();
            s.insert(new RelFollow(ann, bob));
            s.insert(new RelFollow(cid, ann));
            tags = new ArrayList<>();
            for (String name : List.of("t0", "t1", "t2", "t3", "t4")) {
                tags.add(s.insert(new RelTag(null, name)).id());
            }
            articles = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                long article = s.insert(new RelArticle(null, "A" + i, i % 2 == 0 ? ann : bob, i % 7)).id();
                articles.add(article);
                if (i % 10 != 9) { // every tenth article has no tags
                    s.insert(new RelArticleTag(article, tags.get(i % 5)));
                    s.insert(new RelArticleTag(article, tags.get((i + 1) % 5)));
                }
                if (i % 3 == 0) {
                    s.insert(new RelFavorite(ann, article));
                }
            }
            return null;
        });
    }

    @Test
    void existsAndNotExistsOverARelatedEntity() {
        db.withSession(s -> {
            assertEquals(34, s.query(RelArticle.class).where(exists(RelFavorite_.articleId, RelArticle_.id,
                    RelFavorite_.userId.eq(ann))).count(), "articles ann favorited");
            assertEquals(10, s.query(RelArticle.class).where(notExists(RelArticleTag_.articleId, RelArticle_.id)).count(),
                    "articles without tags");
            assertEquals(List.of("A0", "A4"), s.query(RelArticle.class)
                    .where(exists(RelArticleTag_.articleId, RelArticle_.id, RelArticleTag_.tagId.eq(tags.get(0)))
                            .and(RelArticle_.title.in(List.of("A0", "A1", "A2", "A3", "A4"))))
                    .orderBy(RelArticle_.id).list().stream().map(RelArticle::title).toList(), "tagged t0, among the first five");
            // a self-referencing join: users who follow someone, users ann follows, users nobody follows
            assertEquals(List.of("ann", "cid"), names(s, exists(RelFollow_.followerId, RelUser_.id)));
            assertEquals(List.of("bob"), names(s, exists(RelFollow_.followeeId, RelUser_.id, RelFollow_.followerId.eq(ann))));
            assertEquals(List.of("cid"), names(s, notExists(RelFollow_.followeeId, RelUser_.id)));
            // nested: users who follow someone who wrote an article
            assertEquals(List.of("ann", "cid"), names(s, exists(RelFollow_.followerId, RelUser_.id,
                    Condition.<RelFollow, RelArticle, Long>exists(RelArticle_.authorId, RelFollow_.followeeId))));
            return null;
        });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.withSession(s ->
                s.query(RelArticle.class).where(exists(RelFavorite_.articleId, RelArticle_.id, wrongScope()))));
        assertTrue(e.getMessage().contains("does not belong to RelFavorite"), e.getMessage());
    }

    @SuppressWarnings({"unchecked", "rawtypes"}) // a condition on another entity than the sub-query's, as a raw cast could make
    private static Condition<RelFavorite> wrongScope() {
        return (Condition) RelArticle_.title.eq("x");
    }

    private static List<String> names(Session s, Condition<RelUser> condition) {
        return s.query(RelUser.class).where(condition).orderBy(RelUser_.name).list().stream().map(RelUser::name).toList();
    }

    /** An article as a page shows it: its tags, its author, whether the reader favorited it. */
    record ArticleView(String title, List<String> tags, String author, int favorites, boolean favorited) {}

    /** A page of articles with their related rows: six statements whatever the page size. */
    static List<ArticleView> page(Session s, int size, long me) {
        Page<RelArticle> page = s.query(RelArticle.class).orderBy(RelArticle_.id).page(size, 0);          // 2
        List<Long> ids = page.items().stream().map(RelArticle::id).toList();
        Map<Long, List<RelArticleTag>> links = s.query(RelArticleTag.class)
                .where(RelArticleTag_.articleId.in(ids)).listGroupedBy(RelArticleTag_.articleId);          // 3
        Set<Long> tagIds = new TreeSet<>();
        links.values().forEach(list -> list.forEach(link -> tagIds.add(link.tagId())));
        Map<Long, List<RelTag>> tags = s.query(RelTag.class).where(RelTag_.id.in(tagIds)).listGroupedBy(RelTag_.id); // 4
        Set<Long> authorIds = new TreeSet<>();
        page.items().forEach(a -> authorIds.add(a.authorId()));
        Map<Long, List<RelUser>> authors = s.query(RelUser.class).where(RelUser_.id.in(authorIds)).listGroupedBy(RelUser_.id); // 5
        Map<Long, List<RelFavorite>> mine = s.query(RelFavorite.class)
                .where(RelFavorite_.userId.eq(me).and(RelFavorite_.articleId.in(ids))).listGroupedBy(RelFavorite_.articleId); // 6
        return page.items().stream().map(a -> new ArticleView(a.title(),
                links.getOrDefault(a.id(), List.of()).stream().map(l -> tags.get(l.tagId()).getFirst().name()).sorted().toList(),
                authors.get(a.authorId()).getFirst().name(), a.favorites(), mine.containsKey(a.id()))).toList();
    }

    @Test
    void relatedRowsOfAPageCostTheSameStatementsForOneTwentyOrAHundredRows() {
        try (ApplicationDatabase echoing = ApplicationDatabase.create(TestDatabases.config(server, Map.of("db.echo", "true")), RelationsSchema.SCHEMA)) {
            List<Integer> statements = new ArrayList<>();
            for (int size : List.of(1, 20, ARTICLES)) {
                List<ArticleView> views = new ArrayList<>();
                statements.add(countStatements(() -> views.addAll(echoing.withSession(s -> page(s, size, ann)))));
                assertEquals(size, views.size());
                if (size == 20) {
                    assertEquals(new ArticleView("A0", List.of("t0", "t1"), "ann", 0, true), views.get(0));
                    assertEquals(new ArticleView("A1", List.of("t1", "t2"), "bob", 1, false), views.get(1));
                    assertEquals(new ArticleView("A9", List.of(), "bob", 2, true), views.get(9));
                }
            }
            assertEquals(List.of(6, 6, 6), statements, "statements for pages of 1, 20 and 100 articles");
        }
    }

    private static int countStatements(Runnable work) {
        Logger logger = Logger.getLogger("dev.aerie.db.sql");
        List<String> sent = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getMessage().startsWith("SQL:")) {
                    sent.add(record.getMessage());
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        logger.addHandler(handler);
        try {
            work.run();
        } finally {
            logger.removeHandler(handler);
        }
        return sent.size();
    }
}

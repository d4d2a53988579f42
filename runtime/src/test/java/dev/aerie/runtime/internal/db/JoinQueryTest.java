package dev.aerie.runtime.internal.db;

import static dev.aerie.api.db.Condition.exists;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.api.db.Page;
import dev.aerie.runtime.internal.db.relations.RelArticle;
import dev.aerie.runtime.internal.db.relations.RelArticleCard;
import dev.aerie.runtime.internal.db.relations.RelArticleFavorite;
import dev.aerie.runtime.internal.db.relations.RelArticleTag;
import dev.aerie.runtime.internal.db.relations.RelArticleTag_;
import dev.aerie.runtime.internal.db.relations.RelArticle_;
import dev.aerie.runtime.internal.db.relations.RelFavorite;
import dev.aerie.runtime.internal.db.relations.RelFavorite_;
import dev.aerie.runtime.internal.db.relations.RelFollow_;
import dev.aerie.runtime.internal.db.relations.RelTag;
import dev.aerie.runtime.internal.db.relations.RelUser;
import dev.aerie.runtime.internal.db.relations.RelUser_;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Typed joins into {@code @Projection(from = ...)} records read by their generated readers: inner
 * and left joins, both directions of a foreign key, an ON condition, conditions and order on
 * columns of both tables, count and page, on every database and both backends.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class JoinQueryTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long ann;
    long bob;
    long first;
    long second;
    long third;
    long orphan;

    @BeforeEach
    void setUp() {
        db = RelationsSchema.database(server);
        db.<Void, RuntimeException>withSession(s -> {
            ann = s.insert(new RelUser(null, "ann")).id();
            bob = s.insert(new RelUser(null, "bob")).id();
            first = s.insert(new RelArticle(null, "First", ann, 1)).id();
            second = s.insert(new RelArticle(null, "Second", bob, 0)).id();
            third = s.insert(new RelArticle(null, "Third", ann, 2)).id();
            orphan = s.insert(new RelArticle(null, "Orphan", null, 0)).id();
            s.insert(new RelFavorite(ann, second));
            s.insert(new RelFavorite(bob, first));
            long tag = s.insert(new RelTag(null, "java")).id();
            s.insert(new RelArticleTag(third, tag));
            return null;
        });
    }

    @Test
    void anInnerJoinReadsColumnsOfBothTablesAndLeavesOutRowsWithoutMatch() {
        List<RelArticleCard> cards = db.withSession(s -> s.query(RelArticle.class)
                .join(RelArticle_.authorId)
                .orderBy(RelUser_.name).orderByDescending(RelArticle_.title)
                .select(RelArticleCard.class).list());
        assertEquals(List.of(new RelArticleCard(third, "Third", "ann"), new RelArticleCard(first, "First", "ann"),
                new RelArticleCard(second, "Second", "bob")), cards);
    }

    @Test
    void conditionsOnEitherTableAreQualified() {
        List<RelArticleCard> anns = db.withSession(s -> s.query(RelArticle.class)
                .where(RelArticle_.favorites.ge(1))                  // given before the join: kept
                .join(RelArticle_.authorId)
                .where(RelUser_.name.eq("ann").and(RelUser_.id.eq(ann)))   // "id" in both tables: qualified
                .where(exists(RelArticleTag_.articleId, RelArticle_.id))
                .orderBy(RelArticle_.id)
                .select(RelArticleCard.class).list());
        assertEquals(List.of(new RelArticleCard(third, "Third", "ann")), anns);
    }

    @Test
    void aLeftJoinKeepsRowsWithoutMatchWithNulls() {
        List<RelArticleCard> cards = db.withSession(s -> s.query(RelArticle.class)
                .leftJoin(RelArticle_.authorId)
                .where(RelArticle_.title.in(List.of("Orphan", "Second")))
                .orderBy(RelArticle_.title)
                .select(RelArticleCard.class).list());
        assertEquals(List.of(new RelArticleCard(orphan, "Orphan", null), new RelArticleCard(second, "Second", "bob")), cards);
        assertEquals(4, db.<Long, RuntimeException>withSession(s -> s.query(RelArticle.class).leftJoin(RelArticle_.authorId).count()));
        assertEquals(3, db.<Long, RuntimeException>withSession(s -> s.query(RelArticle.class).join(RelArticle_.authorId).count()));
    }

    @Test
    void aForeignKeyToTheQueryJoinsItsOwnEntityWithAnOnCondition() {
        // articles LEFT JOIN favorites ON favorites.article_id = articles.id AND favorites.user_id = ann
        List<RelArticleFavorite> mine = db.withSession(s -> s.query(RelArticle.class)
                .leftJoin(RelFavorite_.articleId, RelFavorite_.userId.eq(ann))
                .orderBy(RelArticle_.id)
                .select(RelArticleFavorite.class).list());
        assertEquals(List.of(new RelArticleFavorite(first, "First", 1, null), new RelArticleFavorite(second, "Second", 0, ann),
                new RelArticleFavorite(third, "Third", 2, null), new RelArticleFavorite(orphan, "Orphan", 0, null)), mine);
    }

    @Test
    void firstAndPageWithTheTotal() {
        Page<RelArticleCard> page = db.withSession(s -> s.query(RelArticle.class).join(RelArticle_.authorId)
                .orderBy(RelArticle_.id).select(RelArticleCard.class).page(2, 1));
        assertEquals(List.of(new RelArticleCard(second, "Second", "bob"), new RelArticleCard(third, "Third", "ann")), page.items());
        assertEquals(3, page.total());
        assertEquals(new RelArticleCard(first, "First", "ann"), db.withSession(s -> s.query(RelArticle.class)
                .join(RelArticle_.authorId).orderBy(RelArticle_.id).select(RelArticleCard.class).first()).orElseThrow());
    }

    @Test
    void aJoinIsOneStatement() {
        try (ApplicationDatabase echoing = ApplicationDatabase.create(TestDatabases.config(server, Map.of("db.echo", "true")),
                RelationsSchema.SCHEMA)) {
            List<String> sent = new ArrayList<>();
            Logger logger = Logger.getLogger("dev.aerie.db.sql");
            Handler handler = new Handler() {
                @Override
                public void publish(LogRecord record) {
                    if (record.getMessage().startsWith("SQL:")) {
                        Object[] parameters = record.getParameters();
                        sent.add(parameters == null || parameters.length == 0 ? record.getMessage() : String.valueOf(parameters[0]));
                    }
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };
            logger.addHandler(handler);
            try {
                List<RelArticleCard> cards = echoing.withSession(s -> s.query(RelArticle.class).join(RelArticle_.authorId)
                        .leftJoin(RelFavorite_.articleId, RelFavorite_.userId.eq(ann)).select(RelArticleCard.class).list());
                assertEquals(3, cards.size());
            } finally {
                logger.removeHandler(handler);
            }
            List<String> selects = sent.stream().filter(m -> m.contains("SELECT")).toList();
            assertEquals(1, selects.size(), sent.toString());
            assertTrue(selects.getFirst().contains("JOIN"), selects.toString());
        }
    }

    @Test
    void mistakesFailBeforeAnySqlNamingTheFix() {
        db.<Void, RuntimeException>withSession(s -> {
            IllegalArgumentException notJoined = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).join(RelArticle_.authorId).select(RelArticleFavorite.class));
            assertTrue(notJoined.getMessage().contains("RelArticleFavorite reads RelFavorite.user_id, but the query has no RelFavorite"),
                    notJoined.getMessage());
            IllegalArgumentException noProjection = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).join(RelArticle_.authorId).select(RelUser.class));
            assertTrue(noProjection.getMessage().contains("@Projection(from = {...})"), noProjection.getMessage());
            IllegalArgumentException foreign = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).join(RelArticle_.authorId).where(RelFavorite_.userId.eq(ann)));
            assertTrue(foreign.getMessage().contains("does not belong to RelArticle or RelUser"), foreign.getMessage());
            IllegalArgumentException unrelated = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).join(RelFollow_.followerId));
            assertTrue(unrelated.getMessage().contains("neither RelFollow nor RelUser is in the query"), unrelated.getMessage());
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).join(RelArticle_.authorId).join(RelArticle_.authorId));
            assertTrue(twice.getMessage().contains("an entity is joined once"), twice.getMessage());
            IllegalArgumentException wrongOn = assertThrows(IllegalArgumentException.class,
                    () -> s.query(RelArticle.class).leftJoin(RelFavorite_.articleId, RelArticle_.title.eq("x")));
            assertTrue(wrongOn.getMessage().contains("does not belong to RelFavorite"), wrongOn.getMessage());
            return null;
        });
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.api.db.RowNotFoundException;
import dev.aerie.runtime.internal.db.relations.RelArticle;
import dev.aerie.runtime.internal.db.relations.RelArticleTag;
import dev.aerie.runtime.internal.db.relations.RelArticleTag_;
import dev.aerie.runtime.internal.db.relations.RelFollow;
import dev.aerie.runtime.internal.db.relations.RelFollow_;
import dev.aerie.runtime.internal.db.relations.RelTag;
import dev.aerie.runtime.internal.db.relations.RelUser;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Composite keys, many-to-many through join entities (a self-referencing one too) and ON DELETE
 * actions, with the processor-generated tables, on every database and both backends; what is
 * stored is checked on a second connection.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class RelationsTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long ann;
    long bob;
    long cid;

    @BeforeEach
    void setUp() {
        db = RelationsSchema.database(server);
        List<Long> ids = db.withSession(s -> List.of(
                s.insert(new RelUser(null, "ann")).id(),
                s.insert(new RelUser(null, "bob")).id(),
                s.insert(new RelUser(null, "cid")).id()));
        ann = ids.get(0);
        bob = ids.get(1);
        cid = ids.get(2);
    }

    @Test
    void aCompositeKeyFindsUpdatesAndDeletesOneRow() {
        db.withSession(s -> {
            s.insert(new RelFollow(ann, bob));
            s.insert(new RelFollow(ann, cid));
            s.insert(new RelFollow(bob, ann));
            return null;
        });
        db.withSession(s -> {
            assertEquals(Optional.of(new RelFollow(ann, bob)), s.find(RelFollow.class, RelFollow_.key(ann, bob)));
            assertEquals(Optional.of(new RelFollow(bob, ann)), s.find(RelFollow.class, List.of(bob, ann)), "a plain List works too");
            assertEquals(Optional.empty(), s.find(RelFollow.class, RelFollow_.key(cid, ann)));
            assertEquals(List.of(new RelFollow(ann, bob), new RelFollow(ann, cid), new RelFollow(bob, ann)).stream()
                    .sorted(java.util.Comparator.comparingLong(RelFollow::followerId).thenComparingLong(RelFollow::followeeId))
                    .toList(), s.findAll(RelFollow.class), "ordered by the key");
            assertEquals(List.of(Optional.of(new RelFollow(ann, cid)), Optional.empty()),
                    s.findEach(RelFollow.class, List.of(RelFollow_.key(ann, cid), RelFollow_.key(cid, bob))));
            assertEquals(2, s.query(RelFollow.class).where(RelFollow_.followerId, ann).count(), "ann follows two");
            assertEquals(new RelFollow(ann, bob), s.update(new RelFollow(ann, bob)), "an update of a key-only row finds it");
            assertThrows(RowNotFoundException.class, () -> s.update(new RelFollow(cid, bob)));
            return null;
        });
        assertTrue(db.<Boolean, RuntimeException>withSession(s -> s.deleteById(RelFollow.class, RelFollow_.key(ann, cid))));
        assertFalse(db.<Boolean, RuntimeException>withSession(s -> s.deleteById(RelFollow.class, RelFollow_.key(ann, cid))), "already gone");
        assertTrue(db.<Boolean, RuntimeException>withSession(s -> s.delete(new RelFollow(bob, ann))));
        assertEquals(1, TestDatabases.committedRows(server, "rel_follows"));
        assertEquals(1, TestDatabases.committedLong(server, "SELECT COUNT(*) FROM rel_follows WHERE follower_id = " + ann
                + " AND followee_id = " + bob).orElseThrow());
    }

    @Test
    void theDatabaseHoldsTheDeclaredDeleteRules() throws java.sql.SQLException {
        String schema = switch (server.dialect()) {
            case H2, POSTGRESQL -> "CURRENT_SCHEMA";
            case MARIADB -> "DATABASE()";
        };
        List<String> rules = new java.util.ArrayList<>();
        try (var connection = TestDatabases.observer(server); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT constraint_name, delete_rule FROM information_schema.referential_constraints"
                     + " WHERE constraint_schema = " + schema + " AND constraint_name LIKE 'rel!_%' ESCAPE '!'")) {
            while (rows.next()) {
                rules.add(rows.getString(1).toLowerCase(java.util.Locale.ROOT) + " " + rows.getString(2));
            }
        }
        java.util.Collections.sort(rules); // in Java: the databases' collations order '_' differently
        assertEquals(List.of(
                "rel_article_tags_article_id_fkey CASCADE",
                "rel_article_tags_tag_id_fkey RESTRICT",
                "rel_articles_author_id_fkey SET NULL",
                "rel_favorites_article_id_fkey CASCADE",
                "rel_favorites_user_id_fkey CASCADE",
                "rel_follows_followee_id_fkey CASCADE",
                "rel_follows_follower_id_fkey CASCADE"), rules, "delete rules on " + server);
    }

    @Test
    void theSamePairTwiceIsAConflictOnThePrimaryKey() {
        db.withSession(s -> s.insert(new RelFollow(ann, bob)));
        DataConflictException e = assertThrows(DataConflictException.class,
                () -> db.withSession(s -> s.insert(new RelFollow(ann, bob))));
        assertEquals(409, e.status());
        db.withSession(s -> s.insert(new RelFollow(bob, ann))); // the other direction is another row
        assertEquals(2, TestDatabases.committedRows(server, "rel_follows"));
    }

    @Test
    void aKeyOfTheWrongShapeIsRefusedBeforeAnySql() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> db.withSession(s -> s.find(RelFollow.class, ann)));
        assertTrue(e.getMessage().contains("the key of RelFollow has 2 columns (follower_id, followee_id), so its id is a List "
                + "of 2 values in that order (RelFollow_.key(...) builds one)"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> db.withSession(s -> s.deleteById(RelFollow.class, List.of(ann))));
    }

    @Test
    void manyToManyThroughAJoinEntity() {
        long article = db.withSession(s -> {
            long a = s.insert(new RelArticle(null, "Dragons", ann, 0)).id();
            long dragons = s.insert(new RelTag(null, "dragons")).id();
            long training = s.insert(new RelTag(null, "training")).id();
            s.insert(new RelTag(null, "unused"));
            s.insert(new RelArticleTag(a, dragons));
            s.insert(new RelArticleTag(a, training));
            return a;
        });
        List<String> tags = db.withSession(s -> {
            List<Object> tagIds = s.query(RelArticleTag.class).where(RelArticleTag_.articleId, article).list().stream()
                    .map(t -> (Object) t.tagId()).toList();
            return s.findEach(RelTag.class, tagIds).stream().map(t -> t.orElseThrow().name()).sorted().toList();
        });
        assertEquals(List.of("dragons", "training"), tags);
    }

    @Test
    void deletingAParentCascadesToItsJoinRows() {
        long article = db.withSession(s -> {
            long a = s.insert(new RelArticle(null, "Dragons", ann, 0)).id();
            long tag = s.insert(new RelTag(null, "dragons")).id();
            s.insert(new RelArticleTag(a, tag));
            s.insert(new RelFollow(ann, bob));
            s.insert(new RelFollow(bob, ann));
            s.insert(new RelFollow(bob, cid));
            return a;
        });
        // CASCADE: the join rows go with the article, without the user deleting them
        assertTrue(db.<Boolean, RuntimeException>withSession(s -> s.deleteById(RelArticle.class, article)));
        assertEquals(0, TestDatabases.committedRows(server, "rel_article_tags"));
        assertEquals(1, TestDatabases.committedRows(server, "rel_tags"), "the tag itself stays");
        // a self-referencing join: deleting ann removes the rows where she follows and where she is followed
        assertTrue(db.<Boolean, RuntimeException>withSession(s -> s.deleteById(RelUser.class, ann)));
        assertEquals(1, TestDatabases.committedRows(server, "rel_follows"));
        assertEquals(List.of(new RelFollow(bob, cid)), db.withSession(s -> s.findAll(RelFollow.class)));
    }

    @Test
    void setNullKeepsTheChildWithoutItsParent() {
        long article = db.withSession(s -> s.insert(new RelArticle(null, "Orphan", bob, 0)).id());
        db.withSession(s -> s.deleteById(RelUser.class, bob));
        assertEquals(Optional.of(new RelArticle(article, "Orphan", null, 0)), db.withSession(s -> s.find(RelArticle.class, article)));
    }

    @Test
    void restrictRefusesToDeleteAReferencedRow() {
        long tag = db.withSession(s -> {
            long a = s.insert(new RelArticle(null, "Dragons", ann, 0)).id();
            long t = s.insert(new RelTag(null, "dragons")).id();
            s.insert(new RelArticleTag(a, t));
            return t;
        });
        DataIntegrityException e = assertThrows(DataIntegrityException.class,
                () -> db.withSession(s -> s.deleteById(RelTag.class, tag)));
        assertEquals(400, e.status());
        assertEquals(1, TestDatabases.committedRows(server, "rel_tags"));
    }
}

package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.api.db.DataIntegrityException;
import dev.aerie.runtime.internal.db.relations.RelArticle;
import dev.aerie.runtime.internal.db.relations.RelArticle_;
import dev.aerie.runtime.internal.db.relations.RelFavorite;
import dev.aerie.runtime.internal.db.relations.RelTag;
import dev.aerie.runtime.internal.db.relations.RelUser;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Inserts that skip a duplicate and increments the database does, under concurrency: two
 * sessions on two threads, each with its own connection and transaction, on every database and
 * both backends; results checked on a second connection.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestServer.class)
class IdempotentWritesTest {
    @Parameter
    TestServer server;
    ApplicationDatabase db;
    long ann;
    long bob;
    long article;

    @BeforeEach
    void setUp() {
        db = RelationsSchema.database(server);
        List<Long> ids = db.withSession(s -> {
            long a = s.insert(new RelUser(null, "ann")).id();
            long b = s.insert(new RelUser(null, "bob")).id();
            return List.of(a, b, s.insert(new RelArticle(null, "Dragons", a, 0)).id());
        });
        ann = ids.get(0);
        bob = ids.get(1);
        article = ids.get(2);
    }

    @Test
    void aDuplicateIsSkippedAndTheTransactionGoesOn() {
        db.withSession(s -> {
            s.inTransaction(() -> {
                Optional<RelTag> first = s.insertIgnoringDuplicate(new RelTag(null, "dragons"));
                assertTrue(first.isPresent() && first.get().id() != null, "inserted, with its generated id");
                assertEquals(Optional.empty(), s.insertIgnoringDuplicate(new RelTag(null, "dragons")), "a unique value again");
                s.insert(new RelTag(null, "after")); // PostgreSQL would refuse this had the duplicate failed the transaction
                assertEquals(Optional.of(new RelFavorite(ann, article)), s.insertIgnoringDuplicate(new RelFavorite(ann, article)));
                assertEquals(Optional.empty(), s.insertIgnoringDuplicate(new RelFavorite(ann, article)), "a composite key again");
            });
            return null;
        });
        assertEquals(2, TestDatabases.committedRows(server, "rel_tags"));
        assertEquals(1, TestDatabases.committedRows(server, "rel_favorites"));
    }

    @Test
    void otherErrorsStillFail() {
        assertThrows(DataIntegrityException.class,
                () -> db.withSession(s -> s.insertIgnoringDuplicate(new RelFavorite(ann, article + 1000))));
        assertEquals(0, TestDatabases.committedRows(server, "rel_favorites"));
    }

    @Test
    void twoConcurrentIncrementsBothCount() throws Exception {
        CompletableFuture<Integer> second;
        try (OpenSession first = db.openSession()) {
            assertEquals(1, first.query(RelArticle.class).where(RelArticle_.id.eq(article)).increment(RelArticle_.favorites, 1));
            second = CompletableFuture.supplyAsync(() -> db.<Integer, RuntimeException>withSession(s ->
                    s.query(RelArticle.class).where(RelArticle_.id.eq(article)).increment(RelArticle_.favorites, 1)));
            // the second waits for the first's row lock: had it read the old value and written 1, one would be lost
            Thread.sleep(300);
            assertFalse(second.isDone(), "the second increment waits for the first transaction");
            first.commit();
        }
        assertEquals(1, second.get(20, TimeUnit.SECONDS));
        assertEquals(Optional.of(2L), TestDatabases.committedLong(server, "SELECT favorites FROM rel_articles WHERE id = " + article));
        db.withSession(s -> s.query(RelArticle.class).where(RelArticle_.id.eq(article)).increment(RelArticle_.favorites, -3));
        assertEquals(Optional.of(-1L), TestDatabases.committedLong(server, "SELECT favorites FROM rel_articles WHERE id = " + article),
                "a decrement");
    }

    @org.junit.jupiter.api.RepeatedTest(5) // the deadlock of the other order showed in 11 of 15 runs on MariaDB
    void twoUsersFavoritingAtOnceBothCountAndOneUserTwiceCountsOnce() throws Exception {
        long counted = 0;
        ExecutorService threads = Executors.newFixedThreadPool(4); // the common pool may have one thread on 2 cores
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Boolean>> favorites = List.of(favorite(ann, start, threads), favorite(bob, start, threads),
                    favorite(ann, start, threads), favorite(bob, start, threads));
            start.countDown();
            for (CompletableFuture<Boolean> each : favorites) {
                counted += each.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, counted, "one favorite per user");
        assertEquals(Optional.of(2L), TestDatabases.committedLong(server, "SELECT favorites FROM rel_articles WHERE id = " + article));
        assertEquals(2, TestDatabases.committedRows(server, "rel_favorites"));
    }

    /**
     * What a "favorite" request does, in one unit of work on a thread of its own: the counter
     * first, which locks the article's row, then the favorite row; a duplicate gives the count
     * back. The other order deadlocks on MariaDB, whose foreign-key check holds a shared lock on
     * the article that both increments then wait to upgrade (docs/persistence.md says so).
     */
    private CompletableFuture<Boolean> favorite(long user, CountDownLatch start, ExecutorService threads) {
        return CompletableFuture.supplyAsync(() -> db.<Boolean, RuntimeException>withSession(s -> {
            await(start);
            var thisArticle = s.query(RelArticle.class).where(RelArticle_.id.eq(article));
            thisArticle.increment(RelArticle_.favorites, 1);
            boolean added = s.insertIgnoringDuplicate(new RelFavorite(user, article)).isPresent();
            if (!added) {
                thisArticle.increment(RelArticle_.favorites, -1);
            }
            return added;
        }), threads);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

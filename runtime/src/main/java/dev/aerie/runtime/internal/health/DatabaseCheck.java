package dev.aerie.runtime.internal.health;

import dev.aerie.api.db.DatabaseUnavailableException;
import dev.aerie.api.db.Session;
import dev.aerie.api.health.HealthCheck;
import dev.aerie.runtime.internal.db.EntityTable;
import dev.aerie.runtime.internal.db.PoolStats;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The built-in database check: {@code SELECT 1} within {@code health.timeout}. No answer in time
 * while every connection is lent out is {@code BUSY} (the database
 * works, this instance has all it may take); no answer with connections to spare, or a failure,
 * is {@code DOWN}. One probe runs at a time: probes that arrive meanwhile share its answer, so a
 * stalled database does not collect a thread per probe.
 */
final class DatabaseCheck implements HealthCheck {
    private final ApplicationDatabase database;
    private final Duration timeout;
    private final List<String> tableProbes;
    private final AtomicReference<CompletableFuture<Boolean>> running = new AtomicReference<>();
    private volatile boolean tablesSeen;

    DatabaseCheck(ApplicationDatabase database, Duration timeout) {
        this.database = database;
        this.timeout = timeout;
        this.tableProbes = database.schema().entities().stream().map(EntityTable::table)
                .map(table -> "SELECT 1 FROM " + database.sqlDialect().quote(table) + " WHERE 1 = 0").toList();
    }

    /**
     * The schema check, answered by the same probe (one connection, one wait): UP once every
     * table answered a query, DOWN until then, also when the probe got no answer in time (a busy
     * pool says nothing about tables nobody has seen yet).
     */
    HealthCheck schema() {
        return new HealthCheck() {
            @Override
            public String name() {
                return "schema";
            }

            @Override
            public Status check() {
                if (tablesSeen) {
                    return Status.UP;
                }
                try {
                    return probe().get(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Status.UP : Status.DOWN;
                } catch (TimeoutException | ExecutionException e) {
                    return Status.DOWN;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.DOWN;
                }
            }
        };
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public Status check() {
        try {
            probe().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return Status.UP; // it answered, whether or not the tables are there
        } catch (TimeoutException | ExecutionException e) {
            return busyOrDown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.DOWN;
        }
    }

    private Status busyOrDown() {
        PoolStats pool = database.poolStats();
        // every connection lent out: the database answers, this instance is saturated. Waiting
        // sessions alone do not say that (with the database down, the probe itself waits).
        boolean exhausted = pool.active() >= database.config().maxSize();
        return exhausted ? Status.BUSY : Status.DOWN;
    }

    /** Whether every table answers; the first missing one ends the probe (on PostgreSQL its failure ends the transaction). */
    private boolean tables(Session session) {
        try {
            for (String probe : tableProbes) {
                session.fetchAll(probe);
            }
        } catch (RuntimeException missing) {
            if (missing instanceof DatabaseUnavailableException) {
                throw missing;
            }
            return false;
        }
        tablesSeen = true;
        return true;
    }

    /** SELECT 1, then the tables until all were seen; true when they are all there. Fails when the database does not answer. */
    private CompletableFuture<Boolean> probe() {
        CompletableFuture<Boolean> current = running.get();
        if (current != null && !current.isDone()) {
            return current;
        }
        CompletableFuture<Boolean> next = new CompletableFuture<>();
        if (!running.compareAndSet(current, next)) {
            return running.get();
        }
        Thread.ofVirtual().name("aerie-health-database").start(() -> {
            try {
                next.complete(database.withSession(session -> {
                    session.fetchVal(Integer.class, "SELECT 1");
                    return tablesSeen || tables(session);
                }));
            } catch (RuntimeException e) {
                next.completeExceptionally(e);
            }
        });
        return next;
    }
}

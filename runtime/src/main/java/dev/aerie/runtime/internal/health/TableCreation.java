package dev.aerie.runtime.internal.health;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * {@code db.create-tables: true}: creates the application's tables when it starts serving and,
 * when the database cannot be reached then, tries again every {@code db.create-tables-retry}
 * until it succeeds, on a thread of its own, so the port opens anyway and readiness (the schema
 * check) says 503 until the tables exist. The DDL is {@code CREATE ... IF NOT EXISTS}, so a
 * database that has them already is left as it is.
 * For the runtime's HTTP server; not an API.
 */
public final class TableCreation implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(TableCreation.class.getName());
    private final Thread thread;

    private TableCreation(Thread thread) {
        this.thread = thread;
    }

    /** Tries once now; on failure keeps trying in the background. */
    public static TableCreation start(ApplicationDatabase database, Duration retry) {
        if (tryCreate(database, true)) {
            return new TableCreation(null);
        }
        Thread thread = Thread.ofVirtual().name("aerie-create-tables").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(retry);
                } catch (InterruptedException e) {
                    return;
                }
                if (tryCreate(database, false)) {
                    LOG.log(Level.INFO, "Created the tables: the database is reachable again; ready.");
                    return;
                }
            }
        });
        return new TableCreation(thread);
    }

    private static boolean tryCreate(ApplicationDatabase database, boolean first) {
        try {
            database.createAll();
            return true;
        } catch (RuntimeException e) {
            if (first) {
                LOG.log(Level.WARNING, "Could not create the tables at start (" + e.getMessage() + "); trying again in "
                        + "the background, /health/ready answers 503 until they exist.");
            }
            return false;
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.interrupt();
        }
    }
}

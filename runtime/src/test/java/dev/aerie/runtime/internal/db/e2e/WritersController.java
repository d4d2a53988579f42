package dev.aerie.runtime.internal.db.e2e;

import dev.aerie.api.db.DataConflictException;
import dev.aerie.api.db.Session;
import dev.aerie.api.http.Controller;
import dev.aerie.api.http.Get;
import dev.aerie.api.http.Intercepted;
import dev.aerie.api.http.NotFoundException;
import dev.aerie.api.http.Post;
import dev.aerie.api.http.Status;
import io.helidon.webserver.http.ServerResponse;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Optional;

/**
 * Handlers that write through the request-bound Session, and fail in the ways a client can cause.
 * Writes return nothing (201/204 with no body): the generated route then completes the request,
 * which commits, before it sends the response. (Returning entities as JSON waits for the JSON
 * codecs to be wired into the routes.)
 */
@Controller("/writers")
public final class WritersController {
    private final Session db;
    private final WriterMeters meters;

    @Inject
    WritersController(Session db, WriterMeters meters) {
        this.db = db;
        this.meters = meters;
    }

    @Post
    @Status(201)
    public void create(String name) {
        db.insert(new Writer(null, name));
        meters.created(name);
    }

    @Get("/{id}")
    public void get(long id, ServerResponse response) {
        Writer writer = db.find(Writer.class, id).orElseThrow(() -> new NotFoundException("no writer " + id));
        response.send(writer.name());
    }

    /** Writes, then fails: a 500, and the write is rolled back. */
    @Post("/then-fail")
    public void createThenFail(String name) {
        db.insert(new Writer(null, name));
        throw new IllegalStateException("the handler failed after writing");
    }

    /** Writes, then its interceptor fails: a 500, and the write is rolled back. */
    @Post("/then-interceptor-fails")
    @Intercepted(FailAfter.class)
    public void createThenInterceptorFails(String name) {
        db.insert(new Writer(null, name));
    }

    /** Writes {@code first}, then {@code second}: a 409 when second is taken, and first is rolled back. */
    @Post("/two")
    public void two(String first, String second) {
        db.insert(new Writer(null, first));
        db.insert(new Writer(null, second));
    }

    /**
     * Writes {@code first}, tries {@code maybeTaken} in a block and recovers if it is a duplicate,
     * writes {@code last}, then fails when {@code fail} is set: the block is a savepoint of the
     * request's transaction, so a later failure leaves nothing written.
     */
    @Post("/recover")
    @Status(201)
    public void recover(String first, String maybeTaken, String last, boolean fail) {
        db.insert(new Writer(null, first));
        try {
            db.inTransaction(() -> db.insert(new Writer(null, maybeTaken)));
        } catch (DataConflictException taken) {
            // only the block's insert is undone; the request goes on
        }
        db.insert(new Writer(null, last));
        if (fail) {
            throw new IllegalStateException("the handler failed after recovering from a duplicate");
        }
    }

    /**
     * Locks writer {@code first}, waits {@code pauseMs}, then locks {@code second}: two requests
     * in opposite orders deadlock, and the database rolls one of them back.
     */
    @Post("/lock-in-order")
    public void lockInOrder(long first, long second, int pauseMs) throws InterruptedException {
        db.execute("UPDATE e2e_writers SET name = name WHERE id = :id", java.util.Map.of("id", first));
        Thread.sleep(pauseMs);
        db.execute("UPDATE e2e_writers SET name = name WHERE id = :id", java.util.Map.of("id", second));
    }

    /** Locks the row and keeps it locked for {@code pauseMs}, then commits. */
    @Post("/hold-lock")
    public void holdLock(long id, int pauseMs) throws InterruptedException {
        db.execute("UPDATE e2e_writers SET name = name WHERE id = :id", java.util.Map.of("id", id));
        Thread.sleep(pauseMs);
    }

    /**
     * Waits at most 1 s for a row lock (the setting is per connection: MariaDB
     * innodb_lock_wait_timeout, PostgreSQL lock_timeout, H2 LOCK_TIMEOUT), then updates the row.
     */
    @Post("/wait-for-lock")
    public void waitForLock(long id, String dialect) {
        db.execute(switch (dialect) {
            case "mariadb" -> "SET SESSION innodb_lock_wait_timeout = 1";
            case "postgresql" -> "SET lock_timeout = '1s'";
            default -> "SET LOCK_TIMEOUT 1000";
        });
        db.insert(new Writer(null, "written-before-the-wait"));
        db.execute("UPDATE e2e_writers SET name = 'waited' WHERE id = :id", java.util.Map.of("id", id));
    }

    /** Raw SQL with a missing name: 400 naming the column. */
    @Post("/raw")
    public void raw(Optional<String> name) {
        db.insert(new Writer(null, "raw-before"));
        db.execute("INSERT INTO e2e_writers (name) VALUES (:name)", Collections.singletonMap("name", name.orElse(null)));
    }

    /** A work of a writer that may not exist: 400 naming the foreign key. */
    @Post("/{id}/works")
    @Status(201)
    public void addWork(long id, String title) {
        db.insert(new Writer(null, "work-before"));
        db.insert(new Work(null, title, id));
    }

    /**
     * Holds the request's connection for {@code ms} milliseconds. Raw SQL runs on the session's own
     * connection on every backend (an entity read may go to the Vert.x backend's shared read pool).
     */
    @Get("/slow-read")
    public void slowRead(int ms) throws InterruptedException {
        db.fetchVal(Long.class, "SELECT COUNT(*) FROM e2e_writers");
        Thread.sleep(ms);
    }

    /**
     * Writes {@code name}, then runs a statement that takes far longer than the statement timeout
     * of the test ({@code kind}: how this database is kept busy): the database cancels it.
     */
    @Post("/then-stall")
    public void createThenStall(String name, String kind) {
        db.insert(new Writer(null, name));
        db.fetchVal(Long.class, switch (kind) {
            case "postgresql" -> "SELECT COUNT(*) FROM (SELECT pg_sleep(10)) s";
            case "mariadb" -> "SELECT SLEEP(10)";
            // H2 has no sleep it would cancel: a cross join it counts row by row for minutes
            case "h2" -> "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 1000000) a, SYSTEM_RANGE(1, 1000000) b";
            default -> throw new IllegalArgumentException("kind must be postgresql, mariadb or h2, got " + kind);
        });
    }

    /**
     * Writes {@code name}, then sleeps {@code ms} milliseconds without touching the database and
     * returns normally: past the request deadline of the test it answers 503 and the write is rolled back.
     */
    @Post("/then-sleep")
    @Status(201)
    public void createThenSleep(String name, int ms) throws InterruptedException {
        db.insert(new Writer(null, name));
        Thread.sleep(ms);
    }
}

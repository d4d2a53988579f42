package dev.aerie.runtime.internal.health;

import dev.aerie.api.Container;
import dev.aerie.api.db.Database;
import dev.aerie.api.health.HealthCheck.Status;
import dev.aerie.api.health.HealthCheck;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The readiness of one running application: the built-in database and schema checks (when it has
 * a database), the application's own {@link HealthCheck} injectables, and whether a graceful
 * shutdown has begun. Liveness needs none of this: a server that answers is alive.
 * For the runtime's HTTP server; not an API.
 */
public final class Health {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(1);
    private final List<HealthCheck> checks;
    private final Duration timeout;
    private volatile boolean stopping;

    Health(List<HealthCheck> checks, Duration timeout) {
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
    }

    /** The checks of an application: its database's (if it has one) first, then {@code own}. */
    public static Health of(Optional<ApplicationDatabase> database, List<HealthCheck> own, AerieConfig config) {
        Duration timeout = config.getDuration("health.timeout", DEFAULT_TIMEOUT);
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("Configuration key 'health.timeout' must be positive, but is " + timeout);
        }
        List<HealthCheck> checks = new ArrayList<>();
        database.ifPresent(db -> {
            DatabaseCheck check = new DatabaseCheck(db, timeout);
            checks.add(check);
            checks.add(check.schema());
        });
        checks.addAll(own);
        return new Health(checks, timeout);
    }

    /** The application's database, if its container has one (looking it up opens no connection). */
    public static Optional<ApplicationDatabase> databaseOf(Container container) {
        return container.find(Database.class).map(ApplicationDatabase::of);
    }

    /**
     * Runs the built-in database check once (its probe also looks at the tables) and forgets the answer, so the first readiness
     * probe does not pay for the first statements (building JDBI, starting the pool); for the
     * start-up, in the background. Never fails: a database that does not answer is the probes' news.
     */
    public void warmUp() {
        for (HealthCheck check : checks) {
            if (check instanceof DatabaseCheck) {
                try {
                    check.check();
                } catch (RuntimeException ignored) {
                    // readiness reports it
                }
            }
        }
    }

    /** A graceful shutdown has begun: readiness answers 503 from now on. */
    public void stopping() {
        stopping = true;
    }

    /** Each check's answer, in order; a check that throws or takes longer than the timeout is DOWN. */
    public Readiness ready() {
        Map<String, Status> results = new LinkedHashMap<>();
        if (stopping) {
            results.put("shutdown", Status.DOWN);
            return new Readiness(results);
        }
        List<CompletableFuture<Status>> running = new ArrayList<>();
        for (HealthCheck check : checks) {
            CompletableFuture<Status> answer = new CompletableFuture<>();
            Thread.ofVirtual().name("aerie-health-" + check.name()).start(() -> {
                try {
                    answer.complete(Optional.ofNullable(check.check()).orElse(Status.DOWN));
                } catch (RuntimeException | Error e) {
                    answer.complete(Status.DOWN);
                }
            });
            running.add(answer);
        }
        long deadline = System.nanoTime() + timeout.toNanos() + TimeUnit.MILLISECONDS.toNanos(250);
        for (int i = 0; i < checks.size(); i++) {
            Status status;
            try {
                status = running.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = Status.DOWN;
            } catch (Exception timedOut) {
                status = Status.DOWN;
            }
            results.merge(checks.get(i).name(), status, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return new Readiness(results);
    }

    /**
     * What {@code /health/ready} answers.
     *
     * @param checks each check's status by name, in order
     */
    public record Readiness(Map<String, Status> checks) {
        /** DOWN if any check is, else BUSY if any is, else UP. */
        public Status status() {
            return checks.values().stream().max(Enum::compareTo).orElse(Status.UP);
        }

        /** 503 when DOWN; a busy instance stays in the load balancer. */
        public int httpStatus() {
            return status() == Status.DOWN ? 503 : 200;
        }

        /** {@code {"status":"UP","checks":{"database":"UP",...}}}. */
        public String json() {
            StringBuilder json = new StringBuilder("{\"status\":\"").append(status()).append("\",\"checks\":{");
            String separator = "";
            for (Map.Entry<String, Status> check : checks.entrySet()) {
                json.append(separator).append('"').append(escape(check.getKey())).append("\":\"").append(check.getValue()).append('"');
                separator = ",";
            }
            return json.append("}}").toString();
        }

        private static String escape(String name) {
            StringBuilder out = new StringBuilder();
            for (char c : name.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}

package dev.aerie.bench.vertx;

import dev.aerie.api.db.Session;
import dev.aerie.runtime.internal.RequestContext;
import dev.aerie.runtime.internal.RequestScope;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import io.vertx.sqlclient.SqlClient;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The same comparison without HTTP: virtual threads play requests (request scope, session,
 * commit at the end) against the JDBI backend, the Vert.x backend and the raw Vert.x client, for
 * one row and for 20 rows by id. Sides alternate every round; the median of the rounds is reported.
 * {@code java dev.aerie.bench.vertx.SessionBench HOST[:PORT] DATABASE USER PASSWORD [SECONDS] [ROUNDS] [THREADS]}
 */
public final class SessionBench {
    private SessionBench() {}

    @FunctionalInterface
    private interface Request {
        void run(long id);
    }

    public static void main(String[] args) throws Exception {
        try {
            compare(args);
        } finally {
            System.exit(0); // event-loop threads of a failed run must not keep the JVM alive
        }
    }

    private static void compare(String[] args) throws Exception {
        String host = args[0];
        String db = args[1];
        String user = args[2];
        String password = args.length > 3 ? args[3] : "";
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        int threads = args.length > 6 ? Integer.parseInt(args[6]) : 64;
        String url = "jdbc:postgresql://" + host + "/" + db;
        try (ApplicationDatabase jdbi = database(url, user, password, "jdbc"); ApplicationDatabase vertx = database(url, user, password, "vertx")) {
            SqlClient raw = RawVertxServer.client(host, db, user, password);
            Session jdbiSession = jdbi.requestSession();
            Session vertxSession = vertx.requestSession();
            String[] sides = {"jdbi", "vertx", "raw"};
            Map<String, Request> one = Map.of(
                    "jdbi", id -> inRequest(() -> jdbiSession.find(World.class, id).orElseThrow()),
                    "vertx", id -> inRequest(() -> vertxSession.find(World.class, id).orElseThrow()),
                    "raw", id -> RawVertxServer.find(raw, id).orElseThrow());
            Map<String, Request> twenty = Map.of(
                    "jdbi", id -> inRequest(() -> jdbiSession.findEach(World.class, WorldTable.ids(id, WorldController.QUERIES))),
                    "vertx", id -> inRequest(() -> vertxSession.findEach(World.class, WorldTable.ids(id, WorldController.QUERIES))),
                    "raw", id -> RawVertxServer.findEach(raw, WorldTable.ids(id, WorldController.QUERIES)));
            Map<String, Map<String, Request>> cases = Map.of("one", one, "twenty", twenty);
            for (String name : List.of("one", "twenty")) {
                for (String side : sides) {
                    run(cases.get(name).get(side), Math.max(2, seconds / 2), threads, new LongAdder()); // warm-up
                }
            }
            Map<String, double[]> results = new java.util.TreeMap<>();
            Map<String, Long> errors = new java.util.TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                for (String name : List.of("one", "twenty")) {
                    for (int i = 0; i < sides.length; i++) {
                        String side = sides[(i + round) % sides.length];
                        LongAdder failed = new LongAdder();
                        double perSecond = run(cases.get(name).get(side), seconds, threads, failed);
                        results.computeIfAbsent(name + " " + side, k -> new double[rounds])[round] = perSecond;
                        errors.merge(name + " " + side, failed.sum(), Long::sum);
                        System.err.printf("round %d %s %s %.0f requests/s, %d failed%n", round + 1, name, side, perSecond,
                                failed.sum());
                    }
                }
            }
            System.out.printf("# SessionBench: %d virtual threads, %d s x %d rounds, median; load average %s%n", threads,
                    seconds, rounds, java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
            for (String name : List.of("one", "twenty")) {
                double j = median(results.get(name + " jdbi"));
                double v = median(results.get(name + " vertx"));
                double r = median(results.get(name + " raw"));
                System.out.printf("%-7s jdbi %8.0f  vertx %8.0f  raw %8.0f  requests/s   vertx/jdbi %.2fx  vertx/raw %.2fx"
                        + "   failed (503) jdbi %d vertx %d raw %d%n", name, j, v, r, v / j, v / r,
                        errors.get(name + " jdbi"), errors.get(name + " vertx"), errors.get(name + " raw"));
            }
            raw.close().await();
        }
    }

    private static ApplicationDatabase database(String url, String user, String password, String driver) {
        Map<String, String> settings = new java.util.HashMap<>(Map.of("db.url", url, "db.user", user,
                "db.password", password, "db.driver", driver));
        // -Ddb.vertx.read-connections=8 and the like reach the Vert.x side
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("db.vertx."))
                .forEach(key -> settings.put(key, System.getProperty(key)));
        return ApplicationDatabase.create(Config.just(ConfigSources.create(settings)), WorldModule_OrmProvider.SCHEMA);
    }

    /** What the HTTP layer does around a handler: a request scope, complete() (commit), close(). */
    private static void inRequest(Runnable handler) {
        try (RequestContext request = RequestScope.open()) {
            handler.run();
            request.complete();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Successful requests per second of {@code threads} virtual threads running {@code request}
     * for {@code seconds}; a request that fails with a database problem (503 when no connection
     * comes in time) is counted in {@code failed}, as wrk counts non-2xx answers.
     */
    private static double run(Request request, int seconds, int threads, LongAdder failed) {
        LongAdder done = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        long start = System.nanoTime();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int t = 0; t < threads; t++) {
                executor.submit(() -> {
                    while (System.nanoTime() < end) {
                        try {
                            request.run(ThreadLocalRandom.current().nextLong(1, WorldTable.ROWS + 1));
                            done.increment();
                        } catch (dev.aerie.api.db.DatabaseException e) {
                            failed.increment();
                        }
                    }
                });
            }
        }
        return done.sum() / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}

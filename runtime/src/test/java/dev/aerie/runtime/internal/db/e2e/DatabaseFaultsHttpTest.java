package dev.aerie.runtime.internal.db.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fault suite: the application serves a few client threads of writes and reads on a
 * PostgreSQL cluster of the test's own ({@link ScratchPostgres}) while the cluster is restarted,
 * stopped for a few seconds and has its backends ended. Every request during a fault either
 * succeeds or answers 503 problem+json with {@code Retry-After}, within the connection timeout
 * (no 500, no hang), and within 5 s after the database is back every request succeeds again,
 * without restarting the application. On JDBC and on Vert.x.
 */
@ParameterizedClass(name = "db.driver={0}")
@ValueSource(strings = {"jdbc", "vertx"})
class DatabaseFaultsHttpTest {
    private static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);
    /** What a request may take beyond the connection timeout on this (shared, 2-core) machine. */
    private static final Duration SLACK = Duration.ofMillis(1_500);
    private static final Duration RECOVERY = Duration.ofSeconds(5);
    private static final int CLIENTS = 4;
    private static final String[] KEYS = {"db.url", "db.user", "db.password", "db.driver", "db.pool.max-size",
            "db.pool.connection-timeout"};
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static ScratchPostgres cluster;
    /** Held: JUL keeps loggers only weakly, and the handler must stay on this one. */
    private static final Logger HTTP_LOG = Logger.getLogger("dev.aerie.http");

    @Parameter
    String driver;
    Container container;
    AerieServer http;
    final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    final AtomicLong names = new AtomicLong();
    volatile boolean loading = true;
    final List<Thread> clients = new ArrayList<>();
    /** The 5xx lines of the request log ("... answered 503: ..."), with or without a stack trace. */
    final ConcurrentLinkedQueue<LogRecord> answered = new ConcurrentLinkedQueue<>();
    final Handler errors = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getMessage() != null && record.getMessage().contains(" answered 503: ")) {
                answered.add(record);
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };

    /** One request as a client saw it: when it was sent and answered (nanoTime), and what came back. */
    record Sample(long sent, long answered, String request, int status, String contentType, boolean retryAfter, String body) {
        boolean ok() {
            return status == 200 || status == 201 || status == 404;
        }

        boolean shed() {
            return status == 503 && contentType.equals("application/problem+json") && retryAfter && body.contains("\"status\":503");
        }

        String detail() {
            int at = body.indexOf("\"detail\":\"");
            return at < 0 ? body : body.substring(at + 10, Math.max(at + 10, body.indexOf('"', at + 10)));
        }

        long millis() {
            return TimeUnit.NANOSECONDS.toMillis(answered - sent);
        }

        @Override
        public String toString() {
            return request + " -> " + (status == 0 ? "no answer" : status + " " + contentType) + " in " + millis() + " ms: "
                    + body.substring(0, Math.min(300, body.length()));
        }
    }

    @BeforeEach
    void start() throws Exception {
        if (cluster == null) {
            cluster = ScratchPostgres.start();
        }
        Map.of("db.url", cluster.url(), "db.user", "postgres", "db.password", "", "db.driver", driver,
                "db.pool.max-size", "4", "db.pool.connection-timeout", CONNECTION_TIMEOUT.toMillis() + "ms")
                .forEach(System::setProperty);
        HTTP_LOG.addHandler(errors);
        container = Aerie.create(E2eModule.class);
        ApplicationDatabase database = ApplicationDatabase.of(container.get(dev.aerie.api.db.Database.class));
        database.dropAll();
        database.createAll();
        http = AerieServer.start(container, AerieConfig.of(Map.of("server.port", "0", "server.host", "127.0.0.1")));
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(Thread.ofPlatform().daemon().name("fault-client-" + i).start(this::load));
        }
    }

    @AfterEach
    void stop() throws Exception {
        loading = false;
        for (Thread client : clients) {
            client.join(10_000);
        }
        HTTP_LOG.removeHandler(errors);
        try {
            if (http != null) {
                http.stop();
            }
            if (container != null) {
                container.close();
            }
        } finally {
            for (String key : KEYS) {
                System.clearProperty(key);
            }
        }
    }

    @AfterAll
    static void removeCluster() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }

    @Test
    void restartStopAndKilledBackendsAre503WhileTheyLastAndServedAgainWithin5s() throws Exception {
        long t0 = System.nanoTime();
        Thread.sleep(700);
        List<String> findings = new ArrayList<>();
        findings.addAll(expectAllOk(t0, System.nanoTime(), "before any fault"));

        long restart = System.nanoTime();
        cluster.restart();
        findings.addAll(recovered("restart (pg_ctl restart -m fast)", restart, System.nanoTime()));

        long stop = System.nanoTime();
        cluster.down();
        Thread.sleep(3_000);
        long back = System.nanoTime();
        cluster.up();
        findings.addAll(recovered("stopped for 3 s", stop, System.nanoTime()));
        assertTrue(samples.stream().anyMatch(s -> s.sent() > stop + 500_000_000L && s.answered() < back && s.shed()),
                "requests while the database was stopped were answered 503 (not held until it came back)");

        long kill = System.nanoTime();
        int ended = 0;
        for (int i = 0; i < 3; i++) {
            ended += cluster.terminateBackends();
            Thread.sleep(150);
        }
        findings.addAll(recovered("pg_terminate_backend of every backend, 3 times (" + ended + " ended)", kill, System.nanoTime()));

        loading = false;
        for (Thread client : clients) {
            client.join(15_000);
        }
        System.out.println("[fault suite, " + driver + "] " + samples.size() + " requests, "
                + samples.stream().filter(Sample::shed).count() + " shed with 503, slowest "
                + samples.stream().mapToLong(Sample::millis).max().orElse(0) + " ms");
        assertTrue(findings.isEmpty(), String.join("\n", findings));
        // one WARNING line per 503, with its request id; a stack trace only every 10 s, not one per request
        long traced = answered.stream().filter(r -> r.getThrown() != null).count();
        assertTrue(answered.size() >= samples.stream().filter(Sample::shed).count() / 2, answered.size() + " lines");
        assertTrue(traced >= 1 && traced <= 3, traced + " stack traces for " + answered.size() + " 503s");
        assertTrue(answered.stream().filter(r -> r.getThrown() == null)
                .allMatch(r -> r.getMessage().contains("request id") && r.getMessage().contains("stack trace omitted")));
    }

    /**
     * Waits (at most RECOVERY + 1.5 s) until the requests after {@code back} have succeeded for a
     * second; what went wrong between {@code from} and then: a failure that is not a 503
     * problem+json, a request slower than the connection timeout allows, a failure later than
     * RECOVERY after the database was back.
     */
    private List<String> recovered(String fault, long from, long back) throws InterruptedException {
        long limit = back + RECOVERY.toNanos() + 1_500_000_000L;
        while (System.nanoTime() < limit && !servedForASecond(back)) {
            Thread.sleep(100);
        }
        long to = System.nanoTime();
        List<String> findings = new ArrayList<>(expectOkOrShed(from, to, fault));
        List<Sample> after = window(back, to);
        long lastFailure = after.stream().filter(s -> !s.ok()).mapToLong(Sample::sent).max().orElse(back);
        long recoveredMs = TimeUnit.NANOSECONDS.toMillis(lastFailure - back);
        System.out.println("[fault suite, " + driver + "] " + fault + ": " + window(from, to).stream().filter(s -> !s.ok()).count()
                + " of " + window(from, to).size() + " requests shed, served again " + recoveredMs + " ms after the database was back; details: "
                + window(from, to).stream().filter(s -> !s.ok()).collect(Collectors.groupingBy(Sample::detail, Collectors.counting())));
        if (recoveredMs > RECOVERY.toMillis()) {
            findings.add(fault + ": requests still failed " + recoveredMs + " ms after the database was back, e.g. "
                    + after.stream().filter(s -> !s.ok()).reduce((a, b) -> b).orElseThrow());
        }
        if (!servedForASecond(back)) {
            findings.add(fault + ": not a second of successful requests within " + (RECOVERY.toMillis() + 1_500) + " ms after it");
        }
        return findings;
    }

    private boolean servedForASecond(long back) {
        List<Sample> after = window(back, System.nanoTime());
        long lastFailure = after.stream().filter(s -> !s.ok()).mapToLong(Sample::answered).max().orElse(back);
        long okSince = after.stream().filter(s -> s.ok() && s.sent() > lastFailure).count();
        return okSince >= 20 && System.nanoTime() - lastFailure > 1_000_000_000L;
    }

    private List<String> expectAllOk(long from, long to, String phase) {
        List<Sample> bad = window(from, to).stream().filter(s -> !s.ok()).toList();
        return bad.isEmpty() ? List.of() : List.of(phase + ": " + bad.size() + " requests failed, e.g. " + bad.getFirst());
    }

    private List<String> expectOkOrShed(long from, long to, String phase) {
        List<String> findings = new ArrayList<>();
        List<Sample> wrong = window(from, to).stream().filter(s -> !s.ok() && !s.shed()).toList();
        if (!wrong.isEmpty()) {
            findings.add(phase + ": " + wrong.size() + " answers neither a success nor 503 problem+json with Retry-After: "
                    + wrong.stream().limit(3).map(Sample::toString).collect(Collectors.joining("; ")));
        }
        long bound = CONNECTION_TIMEOUT.plus(SLACK).toMillis();
        List<Sample> slow = window(from, to).stream().filter(s -> s.millis() > bound).toList();
        if (!slow.isEmpty()) {
            findings.add(phase + ": " + slow.size() + " requests took longer than " + bound + " ms, e.g. " + slow.getFirst());
        }
        return findings;
    }

    /** The samples sent between {@code from} and {@code to}. */
    private List<Sample> window(long from, long to) {
        return samples.stream().filter(s -> s.sent() >= from && s.sent() < to).toList();
    }

    /** A client thread: a write, a read of what it wrote (or of a writer that does not exist), over and over. */
    private void load() {
        long lastId = 999_999;
        while (loading) {
            long n = names.incrementAndGet();
            Sample created = send("POST /writers?name=w" + n, HttpRequest.newBuilder(uri("/writers?name=w" + n))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            if (created.status() == 201) {
                lastId = n; // ids and names both count from 1 here, but a read of a missing id (404) is as good
            }
            send("GET /writers/" + lastId, HttpRequest.newBuilder(uri("/writers/" + lastId)).GET());
        }
    }

    private Sample send(String what, HttpRequest.Builder request) {
        long sent = System.nanoTime();
        Sample sample;
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            sample = new Sample(sent, System.nanoTime(), what, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Retry-After").isPresent(), response.body());
        } catch (Exception e) {
            sample = new Sample(sent, System.nanoTime(), what, 0, "", false, e.toString());
        }
        if (loading) {
            samples.add(sample);
        }
        return sample;
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + http.port() + path);
    }
}

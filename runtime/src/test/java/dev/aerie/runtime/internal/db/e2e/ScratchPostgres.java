package dev.aerie.runtime.internal.db.e2e;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free loopback port, made
 * with the server package's {@code initdb} and driven with {@code pg_ctl}: it can be restarted,
 * stopped and started, and its backends ended, without touching the shared server on 5432. As
 * root (initdb refuses to run as root) every command runs as the {@code postgres} OS user through
 * {@code runuser}. Without the binaries the test is skipped with a message naming them, or fails
 * when {@code CI=true}.
 */
final class ScratchPostgres implements AutoCloseable {
    private final Path bin;
    private final List<String> asUser;
    private final Path dir;
    private final int port;
    private volatile boolean running;

    private ScratchPostgres(Path bin, List<String> asUser, Path dir, int port) {
        this.bin = bin;
        this.asUser = asUser;
        this.dir = dir;
        this.port = port;
    }

    /** A new cluster, already started; skips (fails with CI=true) when the server package is missing. */
    static ScratchPostgres start() throws Exception {
        Optional<Path> bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> asUser = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        if (bin.isEmpty()) {
            unavailable("initdb and pg_ctl (the PostgreSQL server package, e.g. Debian's postgresql) were found neither in "
                    + "/usr/lib/postgresql/*/bin nor on the PATH");
        }
        if (root && (!executable("/usr/sbin/runuser") && !executable("/sbin/runuser") || !userExists("postgres"))) {
            unavailable("running as root, initdb needs an OS user postgres and runuser to run as it");
        }
        Path dir = Files.createTempDirectory("aerie-fault-pg");
        if (root) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        ScratchPostgres cluster = new ScratchPostgres(bin.orElseThrow(), asUser, dir, freePort());
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close));
        cluster.run(30, "initdb", "-D", cluster.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync");
        cluster.up();
        return cluster;
    }

    /** The JDBC URL of database {@code postgres} on this cluster. */
    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** Starts the stopped cluster and waits until it accepts connections. */
    void up() throws Exception {
        run(30, "pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-w", "-t", "20", "-o", options(), "start");
        running = true;
    }

    /** Stops the cluster the way {@code pg_ctl stop -m fast} does: running queries are ended (SQLSTATE 57P01). */
    void down() throws Exception {
        running = false;
        run(30, "pg_ctl", "-D", data(), "-m", "fast", "-w", "-t", "20", "stop");
    }

    /** {@code pg_ctl restart -m fast}: down and up again. */
    void restart() throws Exception {
        run(30, "pg_ctl", "-D", data(), "-l", dir.resolve("server.log").toString(), "-m", "fast", "-w", "-t", "20",
                "-o", options(), "restart");
        running = true;
    }

    /** Ends every client backend but the caller's ({@code pg_terminate_backend}); how many it ended. */
    int terminateBackends() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "postgres", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (running) {
                running = false;
                run(30, "pg_ctl", "-D", data(), "-m", "immediate", "-w", "stop");
            }
        } catch (Exception e) {
            System.err.println("could not stop the scratch PostgreSQL cluster in " + dir + ": " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // already gone
        }
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    private String options() {
        // durability off: this cluster is thrown away, and every restart should be quick
        return "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
                + " -c full_page_writes=off -c max_connections=50";
    }

    private void run(int seconds, String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(asUser);
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Path output = Files.createTempFile("aerie-fault-pg", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(tool + " did not finish within " + seconds + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(tool + " failed with status " + process.exitValue() + ": " + command + "\n"
                        + Files.readString(output, StandardCharsets.UTF_8) + serverLog());
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String serverLog() {
        try {
            return "\nserver log:\n" + Files.readString(dir.resolve("server.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> dirs = Files.list(versions)) {
                Optional<Path> newest = dirs.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparing(ScratchPostgres::majorVersion));
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        for (String entry : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path b = Path.of(entry);
            if (Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl"))) {
                return Optional.of(b.resolve("initdb").toRealPath().getParent());
            }
        }
        return Optional.empty();
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean executable(String path) {
        return Files.isExecutable(Path.of(path));
    }

    private static boolean userExists(String name) {
        try {
            return Files.readAllLines(Path.of("/etc/passwd")).stream().anyMatch(line -> line.startsWith(name + ":"));
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true: the fault suite must run)");
        }
        Assumptions.abort(message + "; skipping the fault suite (set CI=true to make this a failure)");
    }
}

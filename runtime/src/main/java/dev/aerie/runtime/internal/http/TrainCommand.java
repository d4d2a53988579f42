package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.cli.CommandContext;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.cli.SettingCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code app train}: the workload of a JDK AOT cache's training run ({@code bin/<app> train} runs it
 * under {@code -XX:AOTCacheOutput}). It starts the application on a free loopback port — on an
 * in-memory H2 database unless {@code db.url} is set — and sends every {@code GET} route without
 * path variables, the health routes and the OpenAPI document a few rounds, so the classes and
 * profiles of serving a request end up in the cache. For the launcher; not an API.
 */
public final class TrainCommand implements SettingCommand {
    /** The embedded database of a training run: in memory, so training leaves no file behind. */
    static final String TRAINING_DB_URL = "jdbc:h2:mem:aerie-train;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String usage() {
        return "train         serve a few requests on a free port: the training run of a JDK AOT cache (bin/<app> train)";
    }

    @Override
    public List<String> settings(AerieConfig configured) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--server.host=127.0.0.1"));
        if (configured.get("db.url").isEmpty()) {
            settings.add("--db.url=" + TRAINING_DB_URL);
        }
        return settings;
    }

    @Override
    public int run(CommandContext context) throws IOException, InterruptedException {
        int rounds = context.config().getInt("aot.training-rounds", 20);
        List<String> paths = new ArrayList<>();
        context.container().get().find(HttpApplication.class).ifPresent(app -> app.routes().stream()
                .filter(route -> route.method().equals("GET") && !route.path().contains("{"))
                .forEach(route -> paths.add(route.path())));
        paths.addAll(List.of(HealthRoutes.LIVE, HealthRoutes.READY, OpenApi.PATH));
        try (AerieServer server = AerieServer.start(context.container().get(), context.config())) {
            awaitReady(server.port());
            Map<String, Integer> statuses = new TreeMap<>();
            for (int round = 0; round < rounds; round++) {
                for (String path : paths) {
                    statuses.merge(status(server.port(), path), 1, Integer::sum);
                }
            }
            context.out().println("Trained on " + rounds * paths.size() + " requests (" + paths.size() + " paths, "
                    + rounds + " rounds); statuses " + statuses);
        }
        return 0;
    }

    /** A request that hangs must not hang the build that trains: after 5 s it counts as {@code timeout}. */
    private static String status(int port, String path) throws IOException {
        try {
            return String.valueOf(get(port, path));
        } catch (SocketTimeoutException e) {
            return "timeout";
        }
    }

    /** Tables are created in the background when serving starts; requests before that would train on 503s. */
    private static void awaitReady(int port) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 100 && get(port, HealthRoutes.READY) == 503; attempt++) {
            Thread.sleep(50);
        }
    }

    /**
     * The status of {@code GET path}, over a plain socket (a client library would add its classes to
     * the cache): the head, then the body by its {@code Content-Length}, as a keep-alive client reads it.
     */
    private static int get(int port, String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = head(in);
            long length = 0;
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                if (line.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Long.parseLong(line.substring(15).trim());
                }
                chunked |= line.equalsIgnoreCase("transfer-encoding: chunked");
            }
            if (chunked) {
                readUntil(in, "0\r\n\r\n");
            } else {
                in.skipNBytes(length);
            }
            // "HTTP/1.1 200 OK": the status is the three digits after the first space
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    /** The status line and headers, up to the empty line. */
    private static String head(InputStream in) throws IOException {
        return readUntil(in, "\r\n\r\n");
    }

    /** What {@code in} gives up to and including {@code end} (ASCII; a chunked body is only skipped). */
    private static String readUntil(InputStream in, String end) throws IOException {
        StringBuilder read = new StringBuilder();
        while (read.length() < end.length() || !read.substring(read.length() - end.length()).equals(end)) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the server closed the connection before the end of the response: " + read);
            }
            read.append((char) b);
        }
        return read.toString();
    }
}

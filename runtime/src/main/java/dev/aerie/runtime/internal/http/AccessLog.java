package dev.aerie.runtime.internal.http;

import dev.aerie.runtime.config.AerieConfig;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One line per request on the logger {@code dev.aerie.access} (level INFO): method, route
 * template (never the raw path, which may carry ids and personal data), status, duration, bytes
 * sent (status line and headers included: what went on the wire) and request id; plain text or one JSON object per line. The request thread only formats
 * the line and puts it in a bounded queue; a thread of its own writes it, so a slow log
 * destination does not slow requests. When the queue is full lines are dropped and counted, and
 * the count is logged with the next line written.
 */
final class AccessLog implements AutoCloseable {
    static final String LOGGER = "dev.aerie.access";
    static final int QUEUE = 8192;
    private static final System.Logger LOG = System.getLogger(LOGGER);

    enum Format { PLAIN, JSON }

    private final Format format;
    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(QUEUE);
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;

    private AccessLog(Format format) {
        this.format = format;
        this.writer = Thread.ofPlatform().daemon().name("aerie-access-log").start(this::write);
    }

    /** {@code access-log.format}: {@code off} (the default), {@code plain} or {@code json}. */
    static Optional<AccessLog> from(AerieConfig config) {
        String format = config.get("access-log.format", "off").trim().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "off", "false", "" -> Optional.empty();
            case "plain", "true" -> Optional.of(new AccessLog(Format.PLAIN));
            case "json" -> Optional.of(new AccessLog(Format.JSON));
            default -> throw new IllegalArgumentException("Configuration key 'access-log.format' must be off, plain or json, "
                    + "but is '" + format + "'");
        };
    }

    void log(String method, String route, int status, long nanos, long bytes, String requestId) {
        String line = format == Format.PLAIN ? plain(method, route, status, nanos, bytes, requestId)
                : json(method, route, status, nanos, bytes, requestId);
        if (!lines.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    static String plain(String method, String route, int status, long nanos, long bytes, String requestId) {
        return method + " " + route + " " + status + " " + millis(nanos) + "ms " + bytes + "B " + requestId;
    }

    static String json(String method, String route, int status, long nanos, long bytes, String requestId) {
        // the method, route template and request id are ASCII without quotes (Helidon's method
        // token, the application's own pattern, RequestIds' alphabet), so no escaping is needed
        return "{\"method\":\"" + method + "\",\"route\":\"" + route + "\",\"status\":" + status + ",\"durationMs\":"
                + millis(nanos) + ",\"bytes\":" + bytes + ",\"requestId\":\"" + requestId + "\"}";
    }

    private static String millis(long nanos) {
        long tenths = nanos / 100_000;
        return tenths / 10 + "." + tenths % 10;
    }

    private void write() {
        while (true) {
            String line;
            try {
                line = lines.take();
            } catch (InterruptedException e) {
                // closing: what is queued still gets written
                for (String rest; (rest = lines.poll()) != null; ) {
                    LOG.log(Level.INFO, rest);
                }
                return;
            }
            long lost = dropped.getAndSet(0);
            if (lost > 0) {
                LOG.log(Level.WARNING, lost + " access-log lines dropped: the log could not keep up");
            }
            LOG.log(Level.INFO, line);
        }
    }

    /** The server has stopped: writes what is queued and ends the writer thread. */
    @Override
    public void close() {
        writer.interrupt();
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

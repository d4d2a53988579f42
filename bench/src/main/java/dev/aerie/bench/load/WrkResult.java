package dev.aerie.bench.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What one wrk run measured: requests per second, p99 latency, and anything that went wrong. */
record WrkResult(double requestsPerSecond, double p99Millis, long requests, long non2xx, long socketErrors) {
    private static final Pattern RPS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P99 = Pattern.compile("\\n\\s+99%\\s+([0-9.]+)(us|ms|s)\\b");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** Parses the output of {@code wrk --latency}; fails when it has no throughput or p99 line. */
    static WrkResult parse(String output) {
        Matcher rps = RPS.matcher(output);
        Matcher p99 = P99.matcher(output);
        if (!rps.find() || !p99.find()) {
            throw new IllegalArgumentException("not the output of wrk --latency:\n" + output);
        }
        double latency = Double.parseDouble(p99.group(1));
        double millis = switch (p99.group(2)) {
            case "us" -> latency / 1000;
            case "ms" -> latency;
            default -> latency * 1000;
        };
        Matcher requests = REQUESTS.matcher(output);
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(socket.group(i));
            }
        }
        return new WrkResult(Double.parseDouble(rps.group(1)), millis,
                requests.find() ? Long.parseLong(requests.group(1)) : 0,
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }
}

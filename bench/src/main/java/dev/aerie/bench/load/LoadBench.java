package dev.aerie.bench.load;

import dev.aerie.bench.Processes;
import dev.aerie.bench.Processes.Run;
import dev.aerie.bench.Stats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs wrk against a hand-written baseline and the Aerie version of the same endpoints, in one run:
 * a discarded warm-up of each, then {@code rounds} rounds in which every case is measured on both
 * sides, the side that goes first alternating between rounds. Servers are started by the caller.
 *
 * <pre>
 * LoadBench [rounds=3] [duration=10s] [warmup=10s] [threads=2] [connections=64] [wrk-cpus=0-1]
 *           [work=DIR] [other=aerie] [ids=10000] [baseline-pid=PID other-pid=PID]
 *           case=NAME,[METHOD ]BASELINE_URL,[METHOD ]AERIE_URL[,HEADER] ...
 * </pre>
 * With the servers' process ids, it also reports the server's CPU time per request (from
 * {@code /proc/PID/stat}): on a machine shared with other work that is steadier than throughput.
 * A URL whose path contains {@code {id}} gets ids 1..{@code ids} (10000) in turn (a wrk Lua script
 * per side). A URL may start with a method ({@code POST http://...}), and a case may name a fourth
 * part, a header that every request of the case sends ({@code Authorization: Token ...}).
 * Prints a table per case: median requests/s and p99 of each side, and their ratios.
 */
public final class LoadBench {
    /** Linux clock ticks per second (USER_HZ), the unit of /proc/PID/stat times. */
    private static final double TICKS_PER_SECOND = 100;

    private LoadBench() {}

    record Case(String name, String baselineUrl, String aerieUrl, String header) {}

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>(Map.of(
                "rounds", "3", "duration", "10s", "warmup", "10s", "threads", "2", "connections", "64",
                "wrk-cpus", "", "work", "target/load", "other", "aerie", "ids", "10000"));
        options.put("baseline-pid", "");
        options.put("other-pid", "");
        List<Case> cases = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("expected key=value, got " + arg);
            }
            String key = arg.substring(0, eq);
            String value = arg.substring(eq + 1);
            if (key.equals("case")) {
                String[] parts = value.split(",", 4);
                if (parts.length < 3) {
                    throw new IllegalArgumentException("case=NAME,BASELINE_URL,AERIE_URL[,HEADER], got " + value);
                }
                cases.add(new Case(parts[0], parts[1], parts[2], parts.length == 4 ? parts[3] : ""));
            } else if (options.containsKey(key)) {
                options.put(key, value);
            } else {
                throw new IllegalArgumentException("unknown option " + key + "; known: " + options.keySet());
            }
        }
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("no case=NAME,BASELINE_URL,AERIE_URL given");
        }
        new LoadBench.Runner(options, Path.of(options.get("work"))).run(cases);
    }

    /**
     * The wrk script of a request that is not a plain GET of one URL: ids 1..{@code ids} in turn
     * where the path has {@code {id}}, per wrk thread; wrk.format adds the -H headers, and a
     * request with a method other than GET sends an empty body (Content-Length: 0).
     */
    static String luaScript(String method, String path, int ids) {
        String[] around = (path.contains("{id}") ? path : path + "{id}").split("\\{id}", 2);
        String id = path.contains("{id}") ? " .. n .. " : " .. ";
        return """
                -- ids 1..%d in turn, per wrk thread
                local n = 0
                request = function()
                  n = n %% %d + 1
                  return wrk.format("%s", "%s"%s"%s", nil, %s)
                end
                """.formatted(ids, ids, method, around[0], id, around[1], method.equals("GET") ? "nil" : "\"\"");
    }

    private record Runner(Map<String, String> options, Path work) {

        void run(List<Case> cases) throws IOException {
            Files.createDirectories(work);
            int rounds = Integer.parseInt(options.get("rounds"));
            System.out.printf("wrk -t%s -c%s -d%s --latency, %d rounds after a %s warm-up of each side, "
                            + "sides alternating%s%n", options.get("threads"), options.get("connections"),
                    options.get("duration"), rounds, options.get("warmup"),
                    options.get("wrk-cpus").isEmpty() ? "" : ", wrk pinned to CPUs " + options.get("wrk-cpus"));
            for (Case c : cases) {
                wrk(c.baselineUrl(), c.header(), options.get("warmup"));
                wrk(c.aerieUrl(), c.header(), options.get("warmup"));
            }
            Map<Case, List<WrkResult>> baseline = new LinkedHashMap<>();
            Map<Case, List<WrkResult>> aerie = new LinkedHashMap<>();
            Map<Case, List<Double>> baselineCpu = new LinkedHashMap<>();
            Map<Case, List<Double>> aerieCpu = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                for (Case c : cases) {
                    boolean baselineFirst = round % 2 == 0;
                    for (int i = 0; i < 2; i++) {
                        boolean isBaseline = (i == 0) == baselineFirst;
                        String pid = options.get(isBaseline ? "baseline-pid" : "other-pid");
                        long cpuBefore = cpuTicks(pid);
                        WrkResult r = wrk(isBaseline ? c.baselineUrl() : c.aerieUrl(), c.header(), options.get("duration"));
                        long cpuAfter = cpuTicks(pid);
                        (isBaseline ? baseline : aerie).computeIfAbsent(c, k -> new ArrayList<>()).add(r);
                        String cpu = "";
                        if (cpuBefore >= 0 && cpuAfter >= 0 && r.requests() > 0) {
                            double micros = (cpuAfter - cpuBefore) * (1e6 / TICKS_PER_SECOND) / r.requests();
                            (isBaseline ? baselineCpu : aerieCpu).computeIfAbsent(c, k -> new ArrayList<>()).add(micros);
                            cpu = String.format(Locale.ROOT, "  server CPU %6.1f us/req", micros);
                        }
                        System.out.printf(Locale.ROOT, "  round %d %-12s %-9s %10.0f req/s  p99 %7.2f ms%s  load %s%s%n",
                                round + 1, c.name(), isBaseline ? "baseline" : options.get("other"), r.requestsPerSecond(),
                                r.p99Millis(), cpu, loadAverage(), r.non2xx() + r.socketErrors() > 0
                                        ? "  (" + r.non2xx() + " non-2xx, " + r.socketErrors() + " socket errors)" : "");
                    }
                }
            }
            for (Case c : cases) {
                report(c, baseline.get(c), aerie.get(c));
                List<Double> baseCpu = baselineCpu.getOrDefault(c, List.of());
                List<Double> otherCpu = aerieCpu.getOrDefault(c, List.of());
                if (!baseCpu.isEmpty() && baseCpu.size() == otherCpu.size()) {
                    System.out.printf(Locale.ROOT, "  server CPU  baseline median %8.1f us/req    %s median %8.1f us/req    "
                                    + "%s/baseline %.3fx (median of round ratios %.3fx)%n",
                            Stats.of(baseCpu).median(), options.get("other"), Stats.of(otherCpu).median(), options.get("other"),
                            Stats.of(otherCpu).median() / Stats.of(baseCpu).median(),
                            Stats.of(Stats.pairRatios(otherCpu, baseCpu)).median());
                }
            }
        }

        private void report(Case c, List<WrkResult> base, List<WrkResult> aerie) {
            List<Double> baseRps = base.stream().map(WrkResult::requestsPerSecond).toList();
            List<Double> aerieRps = aerie.stream().map(WrkResult::requestsPerSecond).toList();
            List<Double> baseP99 = base.stream().map(WrkResult::p99Millis).toList();
            List<Double> aerieP99 = aerie.stream().map(WrkResult::p99Millis).toList();
            double rpsRatio = Stats.of(aerieRps).median() / Stats.of(baseRps).median();
            double p99Ratio = Stats.of(aerieP99).median() / Stats.of(baseP99).median();
            long errors = base.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum()
                    + aerie.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum();
            System.out.printf(Locale.ROOT, "%s: %s vs %s%n", c.name(), c.baselineUrl(), c.aerieUrl());
            System.out.printf(Locale.ROOT, "  throughput  baseline median %8.0f req/s   %s median %8.0f req/s   "
                            + "%s/baseline %.3fx (median of round ratios %.3fx)%n",
                    Stats.of(baseRps).median(), options.get("other"), Stats.of(aerieRps).median(), options.get("other"), rpsRatio,
                    Stats.of(Stats.pairRatios(aerieRps, baseRps)).median());
            System.out.printf(Locale.ROOT, "  p99         baseline median %8.2f ms      %s median %8.2f ms      "
                            + "%s/baseline %.3fx (median of round ratios %.3fx)%n",
                    Stats.of(baseP99).median(), options.get("other"), Stats.of(aerieP99).median(), options.get("other"), p99Ratio,
                    Stats.of(Stats.pairRatios(aerieP99, baseP99)).median());
            if (errors > 0) {
                System.out.printf("  WARNING: %d non-2xx responses or socket errors: these rounds did not all "
                        + "measure successful requests%n", errors);
            }
        }

        /** utime + stime of a process in clock ticks, or -1 without a pid. */
        private static long cpuTicks(String pid) {
            if (pid.isEmpty()) {
                return -1;
            }
            try {
                String stat = Files.readString(Path.of("/proc", pid, "stat"));
                // fields after the command name, which is in parentheses and may hold spaces
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** The 1-minute load average: other work on this 2-core machine shows up here. */
        private static String loadAverage() {
            try {
                return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
            } catch (IOException | RuntimeException e) {
                return "?";
            }
        }

        private WrkResult wrk(String methodAndUrl, String header, String duration) throws IOException {
            List<String> command = new ArrayList<>();
            if (!options.get("wrk-cpus").isEmpty()) {
                command.addAll(List.of("taskset", "-c", options.get("wrk-cpus")));
            }
            command.addAll(List.of("wrk", "-t" + options.get("threads"), "-c" + options.get("connections"),
                    "-d" + duration, "--latency"));
            if (!header.isEmpty()) {
                command.addAll(List.of("-H", header));
            }
            int space = methodAndUrl.indexOf(' ');
            String method = space < 0 ? "GET" : methodAndUrl.substring(0, space);
            String url = methodAndUrl.substring(space + 1);
            String target = url;
            int pathStart = url.indexOf('/', url.indexOf("//") + 2);
            String path = pathStart < 0 ? "/" : url.substring(pathStart);
            if (path.contains("{id}") || !method.equals("GET")) {
                Path script = work.resolve("req-" + Integer.toHexString((method + path).hashCode()) + ".lua");
                Files.writeString(script, luaScript(method, path, Integer.parseInt(options.get("ids"))));
                command.addAll(List.of("-s", script.toString()));
                target = url.substring(0, pathStart) + "/";
            }
            command.add(target);
            Run run = Processes.run(command, work).requireSuccess(command);
            return WrkResult.parse(run.output());
        }
    }
}

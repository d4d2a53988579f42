package dev.aerie.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WrkResultTest {

    private static final String OUTPUT = """
            Running 3s test @ http://127.0.0.1:35157/greeting
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    10.73ms   20.04ms 148.67ms   88.90%
                Req/Sec     8.58k     7.39k   33.62k    80.00%
              Latency Distribution
                 50%    3.17ms
                 75%    8.25ms
                 90%   34.94ms
                 99%  P99
              51579 requests in 3.04s, 9.15MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 7
            Requests/sec:  16960.97
            Transfer/sec:      3.01MB
            """;

    @Test
    void readsThroughputP99AndErrors() {
        WrkResult r = WrkResult.parse(OUTPUT.replace("P99", "95.27ms"));
        assertEquals(51579, r.requests());
        assertEquals(16960.97, r.requestsPerSecond(), 1e-9);
        assertEquals(95.27, r.p99Millis(), 1e-9);
        assertEquals(7, r.non2xx());
        assertEquals(5, r.socketErrors());
    }

    @Test
    void convertsMicrosecondsAndSecondsToMilliseconds() {
        assertEquals(0.812, WrkResult.parse(OUTPUT.replace("P99", "812.00us")).p99Millis(), 1e-9);
        assertEquals(1240, WrkResult.parse(OUTPUT.replace("P99", "1.24s")).p99Millis(), 1e-9);
    }

    @Test
    void rejectsOutputWithoutLatencyDistribution() {
        assertThrows(IllegalArgumentException.class, () -> WrkResult.parse("Requests/sec: 12.0\n"));
    }
}

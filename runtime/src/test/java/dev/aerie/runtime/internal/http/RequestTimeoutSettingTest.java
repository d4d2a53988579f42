package dev.aerie.runtime.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code server.request-timeout}: its default, {@code off}, durations and a mistake. */
class RequestTimeoutSettingTest {
    private static Duration timeout(Map<String, String> values) {
        return ServerSettings.from(AerieConfig.of(values)).requestTimeout();
    }

    @Test
    void defaultsTo60Seconds() {
        assertEquals(Duration.ofSeconds(60), timeout(Map.of()));
    }

    @Test
    void offAndZeroTurnItOff() {
        assertEquals(Duration.ZERO, timeout(Map.of("server.request-timeout", "off")));
        assertEquals(Duration.ZERO, timeout(Map.of("server.request-timeout", "0")));
    }

    @Test
    void takesADuration() {
        assertEquals(Duration.ofMillis(1500), timeout(Map.of("server.request-timeout", "1500ms")));
        assertEquals(Duration.ofSeconds(5), timeout(Map.of("server.request-timeout", "PT5S")));
    }

    @Test
    void aNegativeDurationNamesTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> timeout(Map.of("server.request-timeout", "PT-1S")));
        assertTrue(e.getMessage().contains("server.request-timeout"), e.getMessage());
    }
}

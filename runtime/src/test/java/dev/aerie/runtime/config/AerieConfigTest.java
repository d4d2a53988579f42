package dev.aerie.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AerieConfigTest {
    @TempDir
    Path dir;

    /** The test classpath holds config-test/application.yaml with server.port 9100 and db.url. */
    private AerieConfig load(Map<String, String> args, Properties system, Map<String, String> env) {
        return AerieConfig.load(args, system, env, dir.resolve("application.yaml"), getClass().getClassLoader(),
                "config-test/application.yaml");
    }

    @Test
    void readsTheClasspathFile() {
        AerieConfig config = load(Map.of(), new Properties(), Map.of());
        assertEquals(9100, config.getInt("server.port", 8080));
        assertEquals("jdbc:h2:mem:classpath", config.get("db.url").orElseThrow());
        assertEquals("second", config.get("list.1.name").orElseThrow());
        assertEquals(Optional.empty(), config.get("nothing.here"));
        assertEquals(Optional.empty(), config.get("empty"));
    }

    @Test
    void theWorkingDirectoryFileOverridesTheClasspathOne() throws Exception {
        Files.writeString(dir.resolve("application.yaml"), "server:\n  port: 9200\n");
        AerieConfig config = load(Map.of(), new Properties(), Map.of());
        assertEquals(9200, config.getInt("server.port", 8080));
        assertEquals("jdbc:h2:mem:classpath", config.get("db.url").orElseThrow());
    }

    @Test
    void environmentVariablesOverrideFiles() throws Exception {
        Files.writeString(dir.resolve("application.yaml"), "server:\n  port: 9200\n  max-payload-size: 10\n");
        AerieConfig config = load(Map.of(), new Properties(),
                Map.of("SERVER_PORT", "9300", "SERVER_MAX_DASH_PAYLOAD_DASH_SIZE", "20", "DB_URL", "jdbc:env"));
        assertEquals(9300, config.getInt("server.port", 8080));
        assertEquals(20, config.getLong("server.max-payload-size", 0));
        assertEquals("jdbc:env", config.get("db.url").orElseThrow());
    }

    @Test
    void systemPropertiesOverrideTheEnvironmentAndArgumentsOverrideEverything() {
        Properties system = new Properties();
        system.setProperty("server.port", "9400");
        system.setProperty("db.url", "jdbc:sys");
        AerieConfig config = load(Map.of("server.port", "9500"), system, Map.of("SERVER_PORT", "9300", "DB_URL", "jdbc:env"));
        assertEquals(9500, config.getInt("server.port", 8080));
        assertEquals("jdbc:sys", config.get("db.url").orElseThrow());
    }

    @Test
    void commandLineArgumentsBecomeOverrides() {
        AerieConfig config = AerieConfig.load(java.util.List.of("routes", "--server.port=0", "--flag"));
        assertEquals(0, config.getInt("server.port", 8080));
    }

    @Test
    void malformedValuesFailNamingTheKeyAndTheVariable() {
        AerieConfig config = AerieConfig.of(Map.of("server.port", "eighty", "a.timeout", "soon", "a.on", "yes"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> config.getInt("server.port", 8080));
        assertTrue(e.getMessage().contains("'server.port' must be an integer, but is 'eighty'"), e.getMessage());
        assertTrue(e.getMessage().contains("SERVER_PORT"), e.getMessage());
        assertThrows(RuntimeException.class, () -> config.getDuration("a.timeout", Duration.ZERO));
        assertThrows(RuntimeException.class, () -> config.getBoolean("a.on", false));
    }

    @Test
    void durationsTakeUnitsOrIso() {
        AerieConfig config = AerieConfig.of(Map.of("a", "500ms", "b", "5s", "c", "2m", "d", "PT1H"));
        assertEquals(Duration.ofMillis(500), config.getDuration("a", Duration.ZERO));
        assertEquals(Duration.ofSeconds(5), config.getDuration("b", Duration.ZERO));
        assertEquals(Duration.ofMinutes(2), config.getDuration("c", Duration.ZERO));
        assertEquals(Duration.ofHours(1), config.getDuration("d", Duration.ZERO));
        assertEquals(Duration.ofSeconds(7), config.getDuration("missing", Duration.ofSeconds(7)));
    }

    @Test
    void malformedYamlFailsNamingTheFile() throws Exception {
        Files.writeString(dir.resolve("application.yaml"), "server: [unclosed\n");
        RuntimeException e = assertThrows(RuntimeException.class, () -> load(Map.of(), new Properties(), Map.of()));
        assertTrue(e.getMessage().contains("application.yaml"), e.getMessage());
    }
}

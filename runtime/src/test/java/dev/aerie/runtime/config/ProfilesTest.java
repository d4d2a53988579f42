package dev.aerie.runtime.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.helidon.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code application-{profile}.yaml}, selected by {@code AERIE_PROFILE} (or {@code aerie.profile}). */
class ProfilesTest {
    @TempDir
    Path dir;

    /** The classpath holds config-test/application.yaml (port 9100), application-dev.yaml (9300) and application-local.yaml. */
    private AerieConfig load(Map<String, String> args, Properties system, Map<String, String> env) {
        return AerieConfig.load(args, system, env, dir.resolve("application.yaml"), getClass().getClassLoader(),
                "config-test/application.yaml");
    }

    @Test
    void theProfileFileOverridesTheDefaultFile() {
        AerieConfig config = load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "dev"));
        assertEquals(9300, config.getInt("server.port", 8080));
        assertEquals("jdbc:h2:mem:classpath", config.get("db.url").orElseThrow(), "keys the profile does not set fall through");
        assertEquals(9100, load(Map.of(), new Properties(), Map.of()).getInt("server.port", 8080), "no profile: no profile file");
    }

    @Test
    void aLaterProfileWinsAndAMissingProfileFileIsNoError() {
        AerieConfig config = load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "dev, local, nowhere"));
        assertEquals("local", config.get("profile.name").orElseThrow());
        assertEquals("set", config.get("profile.from-dev").orElseThrow());
        assertEquals("dev", load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "local,dev")).get("profile.name").orElseThrow());
    }

    @Test
    void theWorkingDirectoryProfileFileWinsOverEveryFile() throws Exception {
        Files.writeString(dir.resolve("application.yaml"), "server:\n  port: 9200\n");
        Files.writeString(dir.resolve("application-dev.yaml"), "server:\n  port: 9400\n");
        assertEquals(9400, load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "dev")).getInt("server.port", 8080));
        Files.delete(dir.resolve("application-dev.yaml"));
        assertEquals(9200, load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "dev")).getInt("server.port", 8080),
                "./application.yaml wins over the classpath's profile file, as in Spring Boot");
    }

    @Test
    void environmentAndArgumentsStillWinAndNameTheProfile() {
        Properties system = new Properties();
        system.setProperty("aerie.profile", "local");
        assertEquals("local", load(Map.of(), system, Map.of("AERIE_PROFILE", "dev")).get("profile.name").orElseThrow(),
                "the system property wins over the environment variable");
        assertEquals("dev", load(Map.of("aerie.profile", "dev"), system, Map.of()).get("profile.name").orElseThrow());
        assertEquals(9500, load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "dev", "SERVER_PORT", "9500"))
                .getInt("server.port", 8080));
        assertEquals(List.of("a", "b"), AerieConfig.profiles(Map.of(), Map.of(), Map.of("AERIE_PROFILE", " a, ,b ")));
        assertEquals(Optional.empty(), load(Map.of(), new Properties(), Map.of()).get("profile.name"));
    }

    @Test
    void aProfileNameThatIsNoFileNameFails() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> load(Map.of(), new Properties(), Map.of("AERIE_PROFILE", "../secrets")));
        assertEquals("Profile '../secrets' (from aerie.profile or AERIE_PROFILE) must be letters, digits, '-' or '_':"
                + " it names the file application-../secrets.yaml.", e.getMessage());
    }
}

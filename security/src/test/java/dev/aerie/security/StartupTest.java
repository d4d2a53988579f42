package dev.aerie.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.security.app.AccountsSettings;
import dev.aerie.runtime.internal.cli.Launcher;
import dev.aerie.security.app.AccountsApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The application's start checks {@code security.*}: a missing or short secret stops it with a
 * message naming the key; the secret is in no message, log record or command output.
 */
class StartupTest {
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override public void publish(LogRecord record) { records.add(record); }
        @Override public void flush() {}
        @Override public void close() {}
    };
    private Level level;

    @BeforeEach
    void captureLogs() {
        System.setProperty("db.url", "jdbc:h2:mem:security_startup");
        System.setProperty("accounts.admin-name", "ada"); // the test application's own required setting
        Logger root = Logger.getLogger("");
        level = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(handler);
    }

    @AfterEach
    void stopCapturing() {
        Logger.getLogger("").removeHandler(handler);
        Logger.getLogger("").setLevel(level);
        System.clearProperty("db.url");
        System.clearProperty("accounts.admin-name");
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }

    @Test
    void aMissingSecretStopsTheStartNamingTheKey() {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Aerie.create(AccountsApp.class).close());
        assertTrue(messages(e).contains("Configuration key 'security.jwt.secret' is not set"), messages(e));
    }

    @Test
    void aShortSecretStopsTheServeCommandWithoutShowingIt() {
        String secret = "a-secret-of-30-bytes-exactly!!";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        RuntimeException e = assertThrows(RuntimeException.class, () -> new Launcher(() -> Aerie.create(AccountsApp.class),
                print, print).run(List.of("--security.jwt.secret=" + secret, "--server.port=0")));
        assertTrue(messages(e).contains("Configuration key 'security.jwt.secret' is 30 bytes long; HS256 needs at least 32."),
                messages(e));
        assertFalse(messages(e).contains(secret), messages(e));
        assertNoSecret(secret, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void commandOutputAndLogsNeverShowTheSecret() {
        String secret = "the-secret-no-output-may-ever-show-1234";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        for (String command : List.of("routes", "graph", "help")) {
            Launcher.Result result = new Launcher(() -> Aerie.create(AccountsApp.class), print, print)
                    .run(List.of(command, "--security.jwt.secret=" + secret));
            assertEquals(0, result.exitStatus(), command + ": " + out);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("/accounts/login"), printed);
        assertNoSecret(secret, printed);
    }

    /** A @ConfigProperties record is read when the container starts, so the command line's arguments reach it. */
    @Test
    void configPropertiesAreReadAtStartWithTheCommandLine() {
        try (Container container = AerieConfig.whileStarting(List.of("--accounts.admin-name=grace",
                "--security.jwt.secret=" + TokenServiceTest.SECRET), () -> Aerie.create(AccountsApp.class))) {
            assertEquals("grace", container.get(AccountsSettings.class).adminName());
        }
    }

    private void assertNoSecret(String secret, String printed) {
        assertFalse(printed.contains(secret), printed);
        for (LogRecord record : records) {
            assertFalse(String.valueOf(record.getMessage()).contains(secret), record.getMessage());
            if (record.getThrown() != null) {
                assertFalse(messages(record.getThrown()).contains(secret), messages(record.getThrown()));
            }
            for (Object parameter : record.getParameters() == null ? new Object[0] : record.getParameters()) {
                assertFalse(String.valueOf(parameter).contains(secret), String.valueOf(parameter));
            }
        }
    }
}

package dev.aerie.test;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.test.app.NotesModule;
import org.junit.jupiter.api.Test;

/**
 * The build-time check: an application whose migration scripts (here the stale ones under
 * {@code stale-migrations/}) do not produce the schema of its entities fails its tests before
 * the first one runs, naming each difference and the {@code db diff} command.
 */
class MigrationCheckTest {
    @AerieTest(value = NotesModule.class, config = "db.migration.location=classpath:stale-migrations/{dialect}")
    static final class StaleScripts {}

    @AerieTest(value = NotesModule.class, config = {"db.migration.location=classpath:stale-migrations/{dialect}",
            "db.migration.check=false"}, createTables = false)
    static final class CheckOff {}

    @Test
    void staleScriptsFailTheTestRunNamingTheDifferencesAndTheCommand() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RunningApp.start(StaleScripts.class.getAnnotation(AerieTest.class)).close());
        String message = e.getMessage();
        assertTrue(message.startsWith("The entities describe a schema the migration scripts do not produce:\n  h2 (next script V2):\n"), message);
        assertTrue(message.contains("\n    - test_notes: new column text VARCHAR(255) NOT NULL\n"), message);
        assertTrue(message.contains("\nWrite the missing script with:\n    app db diff --name "), message);
    }

    @Test
    void theCheckCanBeTurnedOff() {
        // the same stale scripts: with the check off the application starts (createTables = false: this module has no Flyway)
        RunningApp.start(CheckOff.class.getAnnotation(AerieTest.class)).close();
    }
}

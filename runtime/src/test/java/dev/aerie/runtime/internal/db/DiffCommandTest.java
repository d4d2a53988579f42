package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.Aerie;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.cli.Launcher;
import dev.aerie.runtime.internal.db.app.ShelfModule;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.diff.MigrationCheck;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code app db diff} and {@code app db check} through the launcher, on the generated schema of
 * this module's test entities (every column type in every dialect), and the build-time check.
 */
class DiffCommandTest {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path folder;

    int run(String... args) {
        out.reset();
        err.reset();
        return new Launcher(() -> Aerie.create(ShelfModule.class), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(args)).exitStatus();
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** V1 of each dialect: what 'db ddl' prints, without IF NOT EXISTS (docs/migrations.md). */
    private void firstScripts() throws IOException {
        for (String dialect : List.of("h2", "postgresql", "mariadb")) {
            assertEquals(0, run("db", "ddl", "--dialect", dialect));
            Files.createDirectories(folder.resolve(dialect));
            Files.writeString(folder.resolve(dialect).resolve("V1__init.sql"), out().replace(" IF NOT EXISTS", ""));
        }
    }

    @Test
    void scriptsThatMatchTheEntitiesLeaveNothingToDo() throws IOException {
        firstScripts();
        assertEquals(0, run("db", "diff", "--name", "more", "--dir", folder.toString()), err());
        assertEquals("Nothing to do: the scripts in " + folder + "/{dialect} (h2, postgresql, mariadb) match the entities.\n", out());
        try (var files = Files.list(folder.resolve("h2"))) {
            assertEquals(1, files.count(), "no script written");
        }
    }

    @Test
    void destructiveStepsAreRefusedWithoutTheFlagAndCommentedWithIt() throws IOException {
        firstScripts();
        Path h2 = folder.resolve("h2").resolve("V1__init.sql");
        Files.writeString(h2, Files.readString(h2) + "\nALTER TABLE \"ddl_author\" ADD COLUMN \"nickname\" VARCHAR(40);\n"
                + "CREATE TABLE \"gone\" (\"id\" BIGINT NOT NULL PRIMARY KEY);\n");

        assertEquals(1, run("db", "diff", "--name", "tidy", "--dialect", "h2", "--dir", folder.toString()));
        assertTrue(err().contains("Refused: 2 step(s) would lose data, and no script was written:\n"
                + "  - h2: drops table gone and every row in it\n"
                + "  - h2: drops column ddl_author.nickname and every value in it\n"), err());
        assertTrue(err().contains("--allow-destructive"), err());
        assertFalse(Files.exists(folder.resolve("h2").resolve("V2__tidy.sql")));

        assertEquals(0, run("db", "diff", "--name", "tidy", "--dialect", "h2", "--dir", folder.toString(), "--allow-destructive"), err());
        Path written = folder.resolve("h2").resolve("V2__tidy.sql");
        assertTrue(out().startsWith("Wrote " + written + " (2 statements, 2 losing data)."), out());
        String script = Files.readString(written);
        assertTrue(script.contains("\n-- loses data: drops table gone and every row in it\nDROP TABLE \"gone\";\n"), script);
        assertTrue(script.contains("\n-- loses data: drops column ddl_author.nickname and every value in it\n"
                + "ALTER TABLE \"ddl_author\" DROP COLUMN \"nickname\";\n"), script);
        assertEquals(0, run("db", "diff", "--name", "again", "--dialect", "h2", "--dir", folder.toString()));
        assertTrue(out().startsWith("Nothing to do"), out());
    }

    @Test
    void badArgumentsAndMissingFoldersSayWhatToDo() {
        assertEquals(2, run("db", "diff"));
        assertTrue(err().contains("Usage: app db diff --name <name>"), err());
        assertEquals(2, run("db", "diff", "--name", "no spaces!"));
        assertEquals(1, run("db", "diff", "--name", "x", "--dir", folder.resolve("nowhere").toString()));
        assertTrue(err().contains("No migration folder: " + folder.resolve("nowhere") + "/{dialect} does not exist for any dialect"), err());
    }

    @Test
    void checkFailsNamingEachDifferenceAndTheCommand() {
        // the upgrade test's scripts sit beside this module's test schema, which they do not produce
        assertEquals(1, run("db", "check", "--db.migration.location=classpath:migrations/upgrade/{dialect}"));
        assertTrue(err().startsWith("The entities describe a schema the migration scripts do not produce:\n  h2 (next script V4):\n"), err());
        assertTrue(err().contains("    - table up_book_tags goes\n"), err());
        assertTrue(err().contains("    - new table ddl_author\n"), err());
        assertTrue(err().contains("Write the missing script with:\n    app db diff --name "), err());
    }

    @Test
    void theBuildTimeCheckFailsOnChangedEntitiesAndPassesOnMatchingScripts() throws IOException {
        Path classes = folder.resolve("classes");
        Path schema = Files.createDirectories(classes.resolve("META-INF/aerie/schema"));
        Path scripts = Files.createDirectories(classes.resolve("db/migration/h2"));
        Files.writeString(schema.resolve("h2.sql"), UpgradeEntities.second(Dialect.H2));
        Files.writeString(scripts.resolve("V1__init.sql"), MigrationDiffTest.upgradeScript(Dialect.H2, "V1__init.sql"));
        MigrationSettings settings = MigrationSettings.from(AerieConfig.of(Map.of()));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> MigrationCheck.verify(loader, settings::location));
            assertEquals("""
                    The entities describe a schema the migration scripts do not produce:
                      h2 (next script V2):
                        - up_books: column title renamed to headline
                        - new table up_book_tags
                        - up_books: new column isbn VARCHAR(20)
                        - up_books: new index up_books_author_id_idx [author_id]
                    Write the missing script with:
                        app db diff --name rename_title_and_create_up_book_tags
                    then review it and commit it (docs/migrations.md).""", e.getMessage());
        }
        for (String name : List.of("V2__isbn_and_headline.sql", "V3__book_tags.sql")) {
            Files.writeString(scripts.resolve(name), MigrationDiffTest.upgradeScript(Dialect.H2, name));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            MigrationCheck.verify(loader, settings::location); // the scripts now produce what the entities describe
        }
    }
}

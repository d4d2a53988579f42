package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.Migrations;
import dev.aerie.runtime.internal.orm.diff.MigrationDiff;
import dev.aerie.runtime.internal.orm.diff.MigrationScriptException;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code db diff} on real databases: a database at V1 with rows, entities changed (a new nullable
 * column with an index, a column renamed through {@code formerly}, a new table with a composite
 * key and a cascading foreign key); the diff writes V2, Flyway applies it, every row and value is
 * kept, and a second diff has nothing to do.
 */
class MigrationDiffTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void diffWritesTheNextScriptFlywayAppliesItAndNothingIsLeft(TestServer server) throws IOException {
        Dialect dialect = server.dialect();
        String entities = UpgradeEntities.second(dialect);
        Files.writeString(folder.resolve("V1__init.sql"), upgradeScript(dialect, "V1__init.sql"));

        MigrationDiff.Result result = MigrationDiff.compare(dialect, entities, scripts());
        assertEquals(2, result.nextVersion());
        assertEquals(List.of(), result.destructive(), "nothing here loses data");
        String expected = switch (dialect) {
            case H2, POSTGRESQL -> List.of(
                    "ALTER TABLE \"up_books\" RENAME COLUMN \"title\" TO \"headline\"",
                    "CREATE TABLE \"up_book_tags\" (\n    \"book_id\" BIGINT NOT NULL,\n    \"tag\" VARCHAR(50) NOT NULL,\n"
                            + "    CONSTRAINT \"up_book_tags_pkey\" PRIMARY KEY (\"book_id\", \"tag\"),\n"
                            + "    CONSTRAINT \"up_book_tags_book_id_fkey\" FOREIGN KEY (\"book_id\") REFERENCES \"up_books\" (\"id\") ON DELETE CASCADE\n)",
                    "ALTER TABLE \"up_books\" ADD COLUMN \"isbn\" VARCHAR(20)",
                    "CREATE INDEX \"up_books_author_id_idx\" ON \"up_books\" (\"author_id\")").toString();
            case MARIADB -> List.of(
                    "ALTER TABLE `up_books` RENAME COLUMN `title` TO `headline`",
                    "CREATE TABLE `up_book_tags` (\n    `book_id` BIGINT NOT NULL,\n    `tag` VARCHAR(50) NOT NULL,\n"
                            + "    CONSTRAINT `up_book_tags_pkey` PRIMARY KEY (`book_id`, `tag`),\n"
                            + "    CONSTRAINT `up_book_tags_book_id_fkey` FOREIGN KEY (`book_id`) REFERENCES `up_books` (`id`) ON DELETE CASCADE\n)"
                            + " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin",
                    "ALTER TABLE `up_books` ADD COLUMN `isbn` VARCHAR(20)",
                    "CREATE INDEX `up_books_author_id_idx` ON `up_books` (`author_id`)").toString();
        };
        assertEquals(expected, result.steps().stream().map(MigrationDiff.Step::sql).toList().toString());
        Files.writeString(folder.resolve(result.fileName("isbn_and_tags")), result.script("isbn_and_tags"));

        Map<String, String> settings = TestDatabases.fresh(server, "diff");
        settings.put("db.migration.location", "filesystem:" + folder);
        try (ApplicationDatabase database = ApplicationDatabase.create(Config.just(ConfigSources.create(settings)), TestSchema.SCHEMA)) {
            Migrations migrations = MigrationSettings.from(AerieConfig.of(new HashMap<>(settings))).open(database, getClass().getClassLoader());
            assertEquals(List.of("V1 init"), migrations.migrate(Optional.of("1")).scripts());
            database.withSession(session -> {
                session.execute("INSERT INTO up_authors (name) VALUES ('Ursula')");
                long author = session.fetchVal(Long.class, "SELECT id FROM up_authors").orElseThrow();
                session.execute("INSERT INTO up_books (title, author_id) VALUES ('The Dispossessed', " + author + ")");
                session.execute("INSERT INTO up_books (title, author_id) VALUES ('Lavinia', " + author + ")");
                return null;
            });
            assertEquals(List.of("V2 isbn and tags"), migrations.migrate().scripts());
            database.withSession(session -> {
                assertEquals(List.of("Lavinia", "The Dispossessed"),
                        session.fetchAll(String.class, "SELECT headline FROM up_books ORDER BY headline"), "renamed, values kept");
                assertEquals(2L, session.fetchVal(Long.class, "SELECT COUNT(*) FROM up_books WHERE isbn IS NULL").orElseThrow());
                long book = session.fetchVal(Long.class, "SELECT id FROM up_books WHERE headline = 'Lavinia'").orElseThrow();
                session.execute("INSERT INTO up_book_tags (book_id, tag) VALUES (" + book + ", 'myth')");
                session.execute("DELETE FROM up_books WHERE id = " + book);
                assertEquals(0L, session.fetchVal(Long.class, "SELECT COUNT(*) FROM up_book_tags").orElseThrow(), "ON DELETE CASCADE");
                return null;
            });
        }
        assertTrue(MigrationDiff.compare(dialect, entities, scripts()).upToDate(), "after V2 the scripts match the entities");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class)
    void theHandWrittenUpgradeScriptsMatchTheEntitiesToo(Dialect dialect) throws IOException {
        for (String name : List.of("V1__init.sql", "V2__isbn_and_headline.sql", "V3__book_tags.sql")) {
            Files.writeString(folder.resolve(name), upgradeScript(dialect, name));
        }
        MigrationDiff.Result result = MigrationDiff.compare(dialect, UpgradeEntities.second(dialect), scripts());
        assertTrue(result.upToDate(), result.changes().toString());
        assertEquals(4, result.nextVersion());
    }

    @org.junit.jupiter.api.Test
    void dataStatementsAndOtherObjectsAreSkippedAndAnUnreadableTableStatementNamesItsLine() {
        String entities = "CREATE TABLE IF NOT EXISTS \"t\" (\n    \"id\" BIGINT NOT NULL,\n    CONSTRAINT \"t_pkey\" PRIMARY KEY (\"id\")\n);\n";
        String script = """
                CREATE TABLE t (id BIGINT NOT NULL PRIMARY KEY);
                INSERT INTO t (id) VALUES (1); -- data
                UPDATE t SET id = 2 WHERE id = 1;
                CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.id := 1; RETURN NEW; END; $$ LANGUAGE plpgsql;
                /* a comment; with a semicolon */ CREATE VIEW v AS SELECT id FROM t;
                """;
        assertTrue(MigrationDiff.compare(Dialect.POSTGRESQL, entities,
                List.of(new MigrationDiff.Script("V1__init.sql", script))).upToDate());

        MigrationScriptException e = org.junit.jupiter.api.Assertions.assertThrows(MigrationScriptException.class,
                () -> MigrationDiff.compare(Dialect.POSTGRESQL, entities, List.of(new MigrationDiff.Script("V1__init.sql", script),
                        new MigrationDiff.Script("V2__odd.sql", "-- one\n\nALTER TABLE t\n  FROB id;\n"))));
        assertEquals("V2__odd.sql line 4: db diff cannot read this statement: ALTER TABLE FROB is not something db diff reads "
                + "near 'FROB'. Write it as one of the forms docs/migrations.md lists (\"What db diff reads\"), or fix the script.",
                e.getMessage());
    }

    private List<MigrationDiff.Script> scripts() {
        return MigrationDiff.scripts(folder);
    }

    static String upgradeScript(Dialect dialect, String name) throws IOException {
        try (InputStream in = MigrationDiffTest.class.getResourceAsStream("/migrations/upgrade/" + dialect.id() + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

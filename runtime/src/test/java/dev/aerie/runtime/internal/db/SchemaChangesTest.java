package dev.aerie.runtime.internal.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.orm.MigrationSettings;
import dev.aerie.runtime.internal.orm.Migrations;
import dev.aerie.runtime.internal.orm.diff.MigrationDiff;
import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every kind of change {@code db diff} covers, on real databases: V1 is what the processor
 * writes for the first entities (plus a hand-written default); the second entities widen one
 * column and narrow another, make one nullable and one NOT NULL, add a NOT NULL column with a
 * default to a table with rows, move a UNIQUE constraint and an
 * index, change a foreign key's ON DELETE and a composite key, drop a column and a table. The
 * destructive steps are named; the script Flyway applies leaves nothing to do.
 */
class SchemaChangesTest {
    static final String AUTHOR_1 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_authors")
            @Index("name")
            public record ChAuthor(@Id @GeneratedValue Long id, @Column(length = 100) String name,
                                   @Nullable @Column(length = 50) String bio, @Column(length = 100, unique = true) String email,
                                   @Column(length = 30) String nick, int rank) {}
            """;
    static final String POST_1 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_posts")
            public record ChPost(@Id @GeneratedValue Long id, @References(ChAuthor.class) long authorId, @Nullable String old) {}
            """;
    static final String VOTE_1 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_votes")
            public record ChVote(@Id @References(ChPost.class) long postId, @Id @Column(length = 40) String voter, int day) {}
            """;
    static final String LEGACY_1 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_legacy")
            public record ChLegacy(@Id long id) {}
            """;
    static final String AUTHOR_2 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_authors")
            @Index("rank")
            public record ChAuthor(@Id @GeneratedValue Long id, @Column(length = 200) String name,
                                   @Column(length = 20) String bio, @Column(length = 100) String email,
                                   @Column(length = 30, unique = true) String nick, @Nullable Integer rank,
                                   @Column(defaultValue = "0") int stars) {}
            """;
    static final String POST_2 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_posts")
            public record ChPost(@Id @GeneratedValue Long id, @References(value = ChAuthor.class, onDelete = OnDelete.CASCADE) long authorId) {}
            """;
    static final String VOTE_2 = """
            package ch;
            import dev.aerie.api.db.*;
            @Entity(table = "ch_votes")
            public record ChVote(@Id @References(ChPost.class) long postId, @Id @Column(length = 40) String voter, @Id int day) {}
            """;

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = TestServer.class, names = {"H2", "POSTGRESQL", "MARIADB"})
    void everyKindOfChangeIsWrittenAppliedAndThenNothingIsLeft(TestServer server) throws IOException {
        Dialect dialect = server.dialect();
        String first = UpgradeEntities.asFirstScript(UpgradeEntities.ddl(dialect, AUTHOR_1, POST_1, VOTE_1, LEGACY_1))
                + "\n" + "ALTER TABLE " + dialect.quote("ch_authors") + " ALTER COLUMN " + dialect.quote("rank") + " SET DEFAULT 0;\n";
        Files.writeString(folder.resolve("V1__init.sql"), first);
        String second = UpgradeEntities.ddl(dialect, AUTHOR_2, POST_2, VOTE_2);

        MigrationDiff.Result result = MigrationDiff.compare(dialect, second, scripts());
        assertEquals(List.of(
                "ch_authors: unique constraint ch_authors_email_key [email] goes",
                "ch_authors: index ch_authors_name_idx [name] goes",
                "ch_posts: foreign key ch_posts_author_id_fkey [author_id] -> ch_authors (NO ACTION) goes",
                "table ch_legacy goes",
                "ch_authors: column name type VARCHAR(100) -> VARCHAR(200)",
                "ch_authors: column bio type VARCHAR(50) -> VARCHAR(20), NOT NULL",
                "ch_authors: column rank NULL allowed, default 0 -> none",
                dialect == Dialect.MARIADB ? "ch_authors: new column stars INT NOT NULL DEFAULT 0"
                        : "ch_authors: new column stars INTEGER DEFAULT 0 NOT NULL",
                "ch_posts: column old goes",
                "ch_authors: new unique constraint ch_authors_nick_key [nick]",
                "ch_authors: new index ch_authors_rank_idx [rank]",
                "ch_votes: primary key [post_id, voter] -> [post_id, voter, day]",
                "ch_posts: new foreign key ch_posts_author_id_fkey [author_id] -> ch_authors (CASCADE)"), result.changes());
        assertEquals(List.of(
                "drops table ch_legacy and every row in it",
                "narrows ch_authors.bio from VARCHAR(50) to VARCHAR(20): values that do not fit are cut or make the step fail; "
                        + "makes ch_authors.bio NOT NULL without a default: rows holding NULL there make the step fail "
                        + "(MariaDB sets them to the type's zero value)",
                "drops column ch_posts.old and every value in it"),
                result.destructive().stream().map(step -> step.loss().orElseThrow()).toList());
        String script = result.script("changes");
        assertTrue(script.contains("-- loses data: drops table ch_legacy and every row in it\nDROP TABLE "), script);
        Files.writeString(folder.resolve(result.fileName("changes")), script);

        Map<String, String> settings = TestDatabases.fresh(server, "changes");
        settings.put("db.migration.location", "filesystem:" + folder);
        try (ApplicationDatabase database = ApplicationDatabase.create(Config.just(ConfigSources.create(settings)), TestSchema.SCHEMA)) {
            Migrations migrations = MigrationSettings.from(AerieConfig.of(new HashMap<>(settings))).open(database, getClass().getClassLoader());
            migrations.migrate(java.util.Optional.of("1"));
            database.withSession(session -> {
                session.execute("INSERT INTO ch_authors (name, bio, email, nick) VALUES ('Ann', 'short', 'a@x', 'ann')");
                long author = session.fetchVal(Long.class, "SELECT id FROM ch_authors").orElseThrow();
                session.execute("INSERT INTO ch_posts (author_id, old) VALUES (" + author + ", 'x')");
                return null;
            });
            assertEquals(List.of("V2 changes"), migrations.migrate().scripts());
            database.withSession(session -> {
                assertEquals("Ann", session.fetchVal(String.class, "SELECT name FROM ch_authors").orElseThrow());
                assertEquals("short", session.fetchVal(String.class, "SELECT bio FROM ch_authors").orElseThrow());
                assertEquals(0, session.fetchVal(Integer.class, "SELECT stars FROM ch_authors").orElseThrow(),
                        "a new NOT NULL column with a default fills the rows there are");
                session.execute("INSERT INTO ch_authors (name, bio, email, nick) VALUES ('Bob', 'b', 'a@x', 'bob')"); // email no longer unique
                session.execute("DELETE FROM ch_authors WHERE name = 'Ann'"); // cascades to the post now
                assertEquals(0L, session.fetchVal(Long.class, "SELECT COUNT(*) FROM ch_posts").orElseThrow());
                return null;
            });
        }
        MigrationDiff.Result after = MigrationDiff.compare(dialect, second, scripts());
        assertTrue(after.upToDate(), after.changes().toString());
    }

    private List<MigrationDiff.Script> scripts() {
        return MigrationDiff.scripts(folder);
    }
}

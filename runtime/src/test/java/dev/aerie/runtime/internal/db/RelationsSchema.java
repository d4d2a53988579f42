package dev.aerie.runtime.internal.db;

import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import dev.aerie.runtime.internal.db.relations.RelArticleCard_Mapping;
import dev.aerie.runtime.internal.db.relations.RelArticleFavorite_Mapping;
import dev.aerie.runtime.internal.db.relations.RelArticleTag_Table;
import dev.aerie.runtime.internal.db.relations.RelArticle_Table;
import dev.aerie.runtime.internal.db.relations.RelFavorite_Table;
import dev.aerie.runtime.internal.db.relations.RelFollow_Table;
import dev.aerie.runtime.internal.db.relations.RelTag_Table;
import dev.aerie.runtime.internal.db.relations.RelUser_Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The processor-generated relation entities of {@code dev.aerie.runtime.internal.db.relations} (users
 * following users, articles with tags), one database per server with their tables created once
 * from the generated script.
 */
final class RelationsSchema {
    static final Schema SCHEMA = new Schema(
            List.of(RelUser_Table.INSTANCE, RelTag_Table.INSTANCE, RelArticle_Table.INSTANCE,
                    RelArticleTag_Table.INSTANCE, RelFavorite_Table.INSTANCE, RelFollow_Table.INSTANCE),
            List.of(RelArticleCard_Mapping.INSTANCE, RelArticleFavorite_Mapping.INSTANCE),
            Ddl.resources(RelationsSchema.class.getClassLoader()));
    private static final Map<TestServer, ApplicationDatabase> DATABASES = new EnumMap<>(TestServer.class);

    private RelationsSchema() {}

    /** The database of {@code server} with the relation tables in place (and emptied). */
    static synchronized ApplicationDatabase database(TestServer server) {
        TestDatabases.database(server); // the run's schema, and a skip when the server is unreachable
        ApplicationDatabase database = DATABASES.get(server);
        if (database == null) {
            database = ApplicationDatabase.create(TestDatabases.config(server, Map.of()), SCHEMA);
            DATABASES.put(server, database);
        }
        // every time: other tests drop every table of this test compilation (the script has IF NOT EXISTS)
        database.createAll();
        clean(server);
        return database;
    }

    /** Empties the relation tables, children first, through a second connection. */
    static void clean(TestServer server) {
        try (Connection connection = TestDatabases.observer(server); Statement statement = connection.createStatement()) {
            for (String table : List.of("rel_follows", "rel_favorites", "rel_article_tags", "rel_articles", "rel_tags", "rel_users")) {
                statement.execute("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

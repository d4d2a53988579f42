package shop.test;

import dev.aerie.api.db.Database;
import dev.aerie.api.db.Session;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.db.Ddl;
import dev.aerie.runtime.internal.db.Schema;
import dev.aerie.runtime.internal.orm.ApplicationDatabase;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;
import shop.Author_Table;
import shop.Book_Table;
import shop.TitleCount_Mapping;

/**
 * The database of application {@link TestApp}: every entity table, projection mapping and
 * DDL script it uses, on a connection pool opened on first use.
 */
@Generated("dev.aerie.processor.AerieProcessor")
public final class TestApp_OrmProvider implements AutoCloseable {
    /**
     * Entity tables in foreign-key order, projection mappings and the DDL resources.
     */
    public static final Schema SCHEMA = new Schema(
            List.of(
                    Author_Table.INSTANCE,
                    Book_Table.INSTANCE,
                    Note_Table.INSTANCE),
            List.of(
                    TitleCount_Mapping.INSTANCE),
            Ddl.ofCompilations(Author_Table.class, TestApp_OrmProvider.class));

    private final ApplicationDatabase database;

    private TestApp_OrmProvider(ApplicationDatabase database) {
        this.database = database;
    }

    /**
     * Used by generated code: the database configured by the {@code db.} keys of the application's
     * configuration (command line, system properties, environment, application.yaml); opens nothing yet.
     */
    public static TestApp_OrmProvider create() {
        return new TestApp_OrmProvider(ApplicationDatabase.create(AerieConfig.load().helidon(), SCHEMA));
    }

    /**
     * Used by generated code: the binding of {@link Database}.
     */
    public static Database database(TestApp_OrmProvider orm) {
        return orm.database;
    }

    /**
     * Used by generated code: the request-bound {@link Session} services inject.
     */
    public static Session session(TestApp_OrmProvider orm) {
        return orm.database.requestSession();
    }

    /**
     * Used by generated code: closes the pool when the container closes.
     */
    public static void stop(TestApp_OrmProvider orm) {
        orm.close();
    }

    /**
     * The database: sessions of its own, pool statistics, the dialect.
     */
    public Database database() {
        return database;
    }

    /**
     * Creates every table and index that does not exist yet, in foreign-key order.
     */
    public void createAll() {
        database.createAll();
    }

    /**
     * Drops every table of the application, referencing tables first.
     */
    public void dropAll() {
        database.dropAll();
    }

    /**
     * The CREATE script for {@code dialect} ({@code h2}, {@code postgresql}, {@code mariadb}), as the
     * processor wrote it; empty when there is none.
     */
    public Optional<String> script(String dialect) {
        return database.script(dialect);
    }

    /**
     * Runs {@code work} in a session of its own, outside any request: committed when it
     * returns, rolled back if it throws.
     */
    public <R, X extends Exception> R withSession(Database.SessionWork<R, X> work) throws X {
        return database.withSession(work);
    }

    @Override
    public void close() {
        database.close();
    }
}

package {{package}};

import dev.aerie.api.Injectable;
import dev.aerie.api.OnStart;
import dev.aerie.api.db.Database;
import java.lang.System.Logger.Level;

/**
 * Creates the tables when the application starts. The generated DDL says {@code CREATE TABLE IF
 * NOT EXISTS}, so starting again, or on a database made with {@code app db create}, changes nothing.
 * A database that is down does not stop the start: requests fail with 503 until it is back.
 */
@Injectable
public final class Tables {
    private static final System.Logger LOG = System.getLogger(Tables.class.getName());
    private final Database database;

    Tables(Database database) {
        this.database = database;
    }

    @OnStart
    void create() {
        try {
            database.createAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not create the tables at start: " + e.getMessage()
                    + ". Run `app db create` once the database is reachable.");
        }
    }
}

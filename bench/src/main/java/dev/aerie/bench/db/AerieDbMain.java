package dev.aerie.bench.db;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.List;

/**
 * Starts the Aerie side of the DB benchmark as {@code Aerie.run} does and prints
 * {@code LISTENING <port>}. The pool keeps Aerie's defaults (max 10, min idle 1, 3 s timeout), which
 * {@link HandDbServer} copies. {@code java dev.aerie.bench.db.AerieDbMain PORT JDBC_URL [USER] [PASSWORD]}.
 */
public final class AerieDbMain {
    private AerieDbMain() {}

    public static void main(String[] args) {
        // the generated OrmProvider reads the db.* keys of the default configuration
        System.setProperty("db.url", args[1]);
        if (args.length > 2 && !args[2].isEmpty()) {
            System.setProperty("db.user", args[2]);
        }
        if (args.length > 3 && !args[3].isEmpty()) {
            System.setProperty("db.password", args[3]);
        }
        AerieConfig config = AerieConfig.load(List.of("--server.port=" + args[0], "--server.host=127.0.0.1"));
        Container container = Aerie.create(ItemsDbModule.class);
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}

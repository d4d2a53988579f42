package dev.aerie.bench.conduit;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.conduit.ConduitModule;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.List;

/**
 * Serves the Conduit example itself ({@link ConduitModule} unchanged: its application.yaml, its
 * pool defaults) as {@code Aerie.run} does, and prints {@code LISTENING <port>}.
 * {@code java dev.aerie.bench.conduit.ConduitMain PORT JDBC_URL [key=value ...]}; the pairs become
 * system properties (e.g. {@code db.echo=true}).
 */
public final class ConduitMain {
    private ConduitMain() {}

    public static void main(String[] args) {
        // the generated OrmProvider reads the db.* keys of the default configuration
        System.setProperty("db.url", args[1]);
        for (String pair : List.of(args).subList(2, args.length)) {
            int eq = pair.indexOf('=');
            System.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
        }
        AerieConfig config = AerieConfig.load(List.of("--server.port=" + args[0], "--server.host=127.0.0.1"));
        Container container = Aerie.create(ConduitModule.class);
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}

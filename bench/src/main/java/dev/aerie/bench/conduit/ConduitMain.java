package dev.aerie.bench.conduit;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.List;

/**
 * Serves the Conduit example itself ({@code dev.aerie.conduit.ConduitModule} unchanged: its
 * application.yaml, its pool defaults) as {@code Aerie.run} does, and prints {@code LISTENING <port>}.
 * Conduit is not a dependency of the bench module: on the bench's classpath its application.yaml
 * (CORS, the Token scheme) would reach the other benchmarks' applications, and its generated
 * factories of aerie-security would keep the bench's own from being generated. conduit.sh puts
 * the Conduit jar on this server's classpath only, so the root module is named, not imported.
 * {@code java dev.aerie.bench.conduit.ConduitMain PORT JDBC_URL [key=value ...]}; the pairs become
 * system properties (e.g. {@code db.echo=true}).
 */
public final class ConduitMain {
    private ConduitMain() {}

    public static void main(String[] args) throws ClassNotFoundException {
        // the generated OrmProvider reads the db.* keys of the default configuration
        System.setProperty("db.url", args[1]);
        for (String pair : List.of(args).subList(2, args.length)) {
            int eq = pair.indexOf('=');
            System.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
        }
        AerieConfig config = AerieConfig.load(List.of("--server.port=" + args[0], "--server.host=127.0.0.1"));
        // looked up once at start, in the benchmark's launcher only
        Container container = Aerie.create(Class.forName("dev.aerie.conduit.ConduitModule"));
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}

package dev.aerie.bench.metrics;

import dev.aerie.Aerie;
import dev.aerie.api.Container;
import dev.aerie.runtime.config.AerieConfig;
import dev.aerie.runtime.internal.http.AerieServer;
import java.util.ArrayList;
import java.util.List;

/**
 * Serves the books example itself ({@code dev.aerie.example.AppModule} unchanged) as
 * {@code Aerie.run} does, and prints {@code LISTENING <port>}. As with Conduit, the example is not
 * a dependency of the bench module (its application.yaml would reach the other benchmarks'
 * applications): metrics.sh puts its jar on this server's classpath only.
 * {@code java dev.aerie.bench.metrics.ExampleMain PORT [key=value ...]}; the pairs are passed as
 * {@code --key=value} (e.g. {@code metrics.enabled=true}) and as system properties, which the
 * generated OrmProvider reads for the {@code db.} keys.
 */
public final class ExampleMain {
    private ExampleMain() {}

    public static void main(String[] args) throws ClassNotFoundException {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + args[0], "--server.host=127.0.0.1"));
        for (String pair : List.of(args).subList(1, args.length)) {
            int eq = pair.indexOf('=');
            System.setProperty(pair.substring(0, eq), pair.substring(eq + 1));
            arguments.add("--" + pair);
        }
        AerieConfig config = AerieConfig.load(arguments);
        // looked up once at start, in the benchmark's launcher only
        Container container = Aerie.create(Class.forName("dev.aerie.example.AppModule"));
        AerieServer server = AerieServer.start(container, config);
        System.out.println("LISTENING " + server.port());
    }
}
